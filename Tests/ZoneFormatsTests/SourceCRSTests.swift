import Foundation
import Testing
import ZoneFormats
import ZoneIndex

/// A layer's CRS is honoured, `--crs` overrides it, and projected coordinates without one are an error.
@Suite struct SourceCRSTests {
    /// The state-plane (EPSG:2277, US feet) shapefile without its `.prj`.
    func statePlaneWithoutPRJ() throws -> URL {
        let directory = try SampleFiles.directory()
        let source = try AustinFormats.shared.get().directory.appendingPathComponent("state-plane")
        for sidecar in ["shp", "shx", "dbf"] {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent("austin.\(sidecar)"), to: directory.appendingPathComponent("austin.\(sidecar)")
            )
        }
        return directory.appendingPathComponent("austin.shp")
    }

    @Test func projectedCoordinatesWithoutACRSAreAnErrorSuggestingCRS() throws {
        #expect {
            try ZoneFileReader().read(contentsOf: try statePlaneWithoutPRJ())
        } throws: { error in
            guard case .noCRS(layer: "austin", let extent) = error as? ZoneSourceError else { return false }
            return extent.minX > 180 && String(describing: error).contains("--crs")
        }
    }

    @Test func theCRSOptionGivesTheMissingCRS() throws {
        let reader = ZoneFileReader(options: ZoneFile.Options(crs: CoordinateReferenceSystem(name: "EPSG:2277")))
        let file = try reader.read(contentsOf: try statePlaneWithoutPRJ())
        let expected = try ZoneFile(contentsOf: AustinFormats.geoJSON).zones
        #expect(file.problems.isEmpty, "\(file.problems)")
        #expect(file.zones.count == expected.count)
        for (zone, original) in zip(file.zones, expected) {
            #expect(sameBoundary(zone.boundary, original.boundary, tolerance: FormatParityTests.tolerance("zipped Shapefile in EPSG:2277")), "\(zone.id)")
        }
    }

    @Test func theCRSOptionOverridesTheDeclaredOne() throws {
        // Read as if the state-plane feet were WGS84 degrees, every position is out of range: the override is used.
        let reader = ZoneFileReader(options: ZoneFile.Options(crs: .wgs84))
        let file = try reader.read(contentsOf: try AustinFormats.file("zipped Shapefile in EPSG:2277"))
        #expect(file.zones.isEmpty)
        #expect(file.problems.first?.message.contains("outside WGS84 longitude/latitude") == true)
    }

    @Test func aLayerInLongitudeLatitudeWithoutACRSIsWGS84() throws {
        let file = try ZoneFileReader().read(contentsOf: try AustinFormats.file("CSV with WKT"))
        #expect(file.sourceCRS == .wgs84)
        #expect(file.problems.isEmpty)
    }
}
