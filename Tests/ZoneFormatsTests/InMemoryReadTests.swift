import Foundation
import Testing
import ZoneFormats
import ZoneIndex

/// Zone files held in memory (uploads) are read as from disk, their format sniffed from the bytes or the hint.
@Suite struct InMemoryReadTests {
    static let austinIDs = Result { try ZoneFile(contentsOf: AustinFormats.geoJSON).zones.map(\.id) }

    /// The formats that are one file, with the hint an upload would carry where the bytes cannot tell.
    @Test(arguments: [
        ("GeoJSONSeq", nil), ("zipped Shapefile in EPSG:2277", nil), ("GeoPackage", nil), ("KML", nil), ("KMZ", nil),
        ("FlatGeobuf", nil), ("zipped File Geodatabase", nil), ("CSV with WKT", "text/csv"),
    ] as [(String, String?)])
    func bytesReadAsTheFile(format: String, hint: String?) throws {
        let data = try Data(contentsOf: try AustinFormats.file(format))
        let file = try ZoneFileReader().read(data, hint: hint)
        #expect(file.problems.isEmpty, "\(format): \(file.problems)")
        #expect(file.zones.map(\.id) == (try Self.austinIDs.get()), "\(format)")
    }

    @Test func geoJSONBytesTakeTheFastReader() throws {
        let file = try ZoneFileReader().read(try Data(contentsOf: AustinFormats.geoJSON))
        #expect(file.zones.map(\.id) == (try Self.austinIDs.get()))
    }

    @Test func geoJSONWithIDsUnderAnotherNameFallsBackToOGR() throws {
        let data = Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ID":"a","Name":"A"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}"#.utf8)
        let file = try ZoneFileReader().read(data, hint: "application/geo+json")
        #expect(file.zones.map(\.id) == ["a"])
        #expect(file.zones.map(\.name) == ["A"])
        let mapped = try ZoneFileReader(fields: ZoneFieldMapping(id: "Name")).read(data)
        #expect(mapped.zones.map(\.id) == ["A"])
    }

    @Test func geoJSONWithoutAnyIDKeepsTheFeatureProblems() throws {
        let data = Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"label":"a"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}"#.utf8)
        let file = try ZoneFileReader().read(data)
        #expect(file.problems.map(\.message) == ["has no id (properties.id or the feature's id)"])
    }

    @Test func aHintNamesTheFormatOfText() throws {
        let csv = Data("WKT,id\n\"POLYGON ((0 0,1 0,1 1,0 1,0 0))\",a\n".utf8)
        #expect(try ZoneFileReader().read(csv, hint: "zones.csv").zones.map(\.id) == ["a"])
        #expect(try ZoneFileReader().read(csv, hint: "text/csv; charset=utf-8").zones.map(\.id) == ["a"])
        #expect(throws: ZoneSourceError.self) { try ZoneFileReader().read(csv) }
    }

    @Test func aBareShapefileIsAnError() throws {
        let shapefile = try AustinFormats.file("Shapefile")
        #expect(throws: ZoneSourceError.missingSidecars(shapefile: "given alone", missing: [".shx", ".dbf"])) {
            try ZoneFileReader().read(try Data(contentsOf: shapefile), hint: ".shp")
        }
    }

    @Test func readsRunConcurrently() async throws {
        let data = try Data(contentsOf: try AustinFormats.file("GeoPackage"))
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { try ZoneFileReader().read(data).zones.count } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: try Self.austinIDs.get().count, count: 8))
    }
}
