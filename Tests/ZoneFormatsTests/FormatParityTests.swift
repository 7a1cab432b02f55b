import Foundation
import Testing
import ZoneFormats
@testable import ZoneIndex
import ZoneSynthesis

/// Every format holds the Austin sample exactly as the GeoJSON does: the same zones, and the same answers.
@Suite struct FormatParityTests {
    static let reference = Result { try ZoneFile(contentsOf: AustinFormats.geoJSON) }

    /// How far, in degrees, a format's positions may lie from the GeoJSON's. The state-plane file went through two
    /// datum transformations between NAD83 and WGS84 that differ by under a metre: `ogr2ogr` wrote it with GDAL's
    /// choice (EPSG's null transformation, good to 4 m), and the reader undoes it with PROJ's (ESRI's ITRF00
    /// Helmert, good to 0.1 m). Every other format holds the GeoJSON's own numbers.
    static func tolerance(_ format: String) -> Double {
        format == "zipped Shapefile in EPSG:2277" ? 1e-5 : 1e-6
    }

    @Test(arguments: AustinFormats.names)
    func formatGivesTheGeoJSONZones(format: String) throws {
        let expected = try Self.reference.get().zones
        let file = try ZoneFileReader().read(contentsOf: try AustinFormats.file(format))
        #expect(file.problems.isEmpty, "\(format): \(file.problems)")
        #expect(file.repairs.isEmpty, "\(format): \(file.repairs)")
        #expect(file.zones.map(\.id) == expected.map(\.id), "\(format)")
        for (zone, original) in zip(file.zones, expected) {
            #expect(zone.name == original.name, "\(format) \(zone.id)")
            #expect(zone.zipCodes == original.zipCodes, "\(format) \(zone.id)")
            #expect(zone.priority == original.priority, "\(format) \(zone.id)")
            #expect(zone.isActive == original.isActive, "\(format) \(zone.id)")
            #expect(sameBoundary(zone.boundary, original.boundary, tolerance: Self.tolerance(format)), "\(format) \(zone.id): boundaries differ")
        }
    }

    @Test(arguments: AustinFormats.names)
    func formatGivesTheGeoJSONAnswers(format: String) throws {
        let expectedZones = try Self.reference.get().zones
        let zones = try ZoneFileReader().read(contentsOf: try AustinFormats.file(format)).zones
        let expected = try ZoneIndex(zones: expectedZones)
        let actual = try ZoneIndex(zones: zones)
        let context = GEOSContext()
        let geometries = try Dictionary(uniqueKeysWithValues: zones.map { ($0.id, try GEOSGeometry($0.boundary, context: context)) })
        let bounds = expectedZones.compactMap(\.boundary.boundingBox).reduce(expectedZones[0].boundary.boundingBox!) { $0.union($1) }
        let outer = BoundingBox(minX: bounds.minX - 0.02, minY: bounds.minY - 0.02, maxX: bounds.maxX + 0.02, maxY: bounds.maxY + 0.02)
        let zips = expectedZones.flatMap(\.zipCodes)
        var polygonAnswers = 0
        let step = 2 * Self.tolerance(format)
        for (i, point) in SyntheticPoints.uniform(20_000, in: outer, seed: 19).enumerated() {
            let zip = i % 3 == 0 ? zips[i % zips.count] : nil
            let want = try expected.match(lat: point.y, lng: point.x, zip: zip)
            // A point closer to a boundary than the formats' difference may fall either side of it.
            let around = try [(step, 0.0), (-step, 0), (0, step), (0, -step)].map { try expected.match(lat: point.y + $0.1, lng: point.x + $0.0, zip: zip) }
            if around.contains(where: { $0.zone?.id != want.zone?.id }) { continue }
            let got = try actual.match(lat: point.y, lng: point.x, zip: zip)
            #expect(got.zone?.id == want.zone?.id && got.method == want.method, "\(format) at (\(point.x), \(point.y))")
            guard got.method == .polygon, let id = got.zone?.id, let geometry = geometries[id] else { continue }
            polygonAnswers += 1
            #expect(try geometry.covers(GEOSGeometry.point(x: point.x, y: point.y, context: context)), "\(format): GEOS disagrees at (\(point.x), \(point.y))")
        }
        // About a quarter of the box around the zones lies in one.
        #expect(polygonAnswers > 4_000)
    }

    @Test func theStatePlaneShapefileDeclaresItsCRS() throws {
        let file = try ZoneFileReader().read(contentsOf: try AustinFormats.file("zipped Shapefile in EPSG:2277"))
        #expect(!file.sourceCRS.isWGS84LongitudeLatitude)
        #expect(file.sourceCRS.identifier.contains("2277") || file.sourceCRS.identifier.contains("Texas"), "\(file.sourceCRS)")
    }
}
