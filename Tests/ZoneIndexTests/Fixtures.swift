import Foundation
import ZoneIndex

/// Small shapes and files the tests share.
enum Fixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let austinZones = repositoryRoot.appendingPathComponent("zones/austin.geojson")

    /// A closed axis-aligned square ring, counter-clockwise.
    static func square(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> [Coordinate] {
        [.init(x: minX, y: minY), .init(x: maxX, y: minY), .init(x: maxX, y: maxY), .init(x: minX, y: maxY), .init(x: minX, y: minY)]
    }

    static func zone(
        _ id: String, _ ring: [Coordinate], holes: [[Coordinate]] = [], priority: Int = 0, active: Bool = true, zips: [String] = []
    ) -> Zone {
        Zone(id: id, name: "Zone \(id)", priority: priority, isActive: active, zipCodes: zips,
             boundary: .polygon(Polygon(exterior: ring, holes: holes)))
    }

    /// A FeatureCollection holding the given feature JSON texts.
    static func collection(_ features: String..., crs: String? = nil) -> Data {
        let crsMember = crs.map { #""crs":{"type":"name","properties":{"name":"\#($0)"}},"# } ?? ""
        return Data(#"{"type":"FeatureCollection",\#(crsMember)"features":[\#(features.joined(separator: ","))]}"#.utf8)
    }

    static func feature(id: String, geometry: String, extra: String = "") -> String {
        #"{"type":"Feature","properties":{"id":"\#(id)","name":"Zone \#(id)"\#(extra)},"geometry":\#(geometry)}"#
    }

    static let unitSquare = #"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}"#
    static let bowtie = #"{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}"#
}
