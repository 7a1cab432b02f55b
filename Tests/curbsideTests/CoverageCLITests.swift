import Foundation
import Testing

/// `curbside zones coverage` as a user runs it.
@Suite struct CoverageCLITests {
    let cli = CLITests()
    static let austin = CLITests.austin

    static func feature(_ id: String, _ box: (Double, Double, Double, Double), priority: Int = 0) -> String {
        let (minX, minY, maxX, maxY) = box
        let ring = "[[\(minX),\(minY)],[\(maxX),\(minY)],[\(maxX),\(maxY)],[\(minX),\(maxY)],[\(minX),\(minY)]]"
        return #"{"type":"Feature","properties":{"id":"\#(id)","name":"Zone \#(id)","priority":\#(priority)},"geometry":{"type":"Polygon","coordinates":[\#(ring)]}}"#
    }

    static func collection(_ features: String...) -> String {
        #"{"type":"FeatureCollection","features":[\#(features.joined(separator: ","))]}"#
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func austinTableListsTheDowntownOverlapAndTheAirportGap() throws {
        let outcome = try cli.curbside("zones", "coverage", Self.austin)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("zones     13 active"))
        #expect(outcome.stdout.contains("overlaps  1"))
        #expect(outcome.stdout.contains("Overlaps"))
        #expect(outcome.stdout.contains("sz_downtown_core × sz_central_austin"))
        #expect(outcome.stdout.contains("Gaps"))
        #expect(outcome.stdout.contains("km²"))
    }

    @Test func jsonIsTheReportDocument() throws {
        let outcome = try cli.curbside("zones", "coverage", Self.austin, "--json")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try json(outcome.stdout)
        #expect(report["zones"] as? Int == 13)
        let overlaps = try #require(report["overlaps"] as? [[String: Any]])
        #expect(overlaps.count == 1)
        #expect(overlaps.first?["zone_ids"] as? [String] == ["sz_downtown_core", "sz_central_austin"])
        #expect(overlaps.first?["winner"] as? String == "sz_downtown_core")
        #expect((overlaps.first?["area_m2"] as? Double ?? 0) > 1e6)
        let gaps = try #require(report["gaps"] as? [[String: Any]])
        #expect(!gaps.isEmpty)
        #expect(report["slivers"] as? [Any] != nil)
        #expect(report["properties"] == nil)
    }

    @Test func pointsAreCountedByMethodAndZonesWithoutAnyListed() throws {
        let points = try cli.temporaryFile("points.csv", """
            id,lat,lng,zip
            capitol,30.2747,-97.7404,
            airport,30.1975,-97.6664,78719
            nowhere,40,-75,
            broken,abc,-97,

            """)
        let outcome = try cli.curbside("zones", "coverage", Self.austin, "--points", points, "--json")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("line 5"))
        let report = try json(outcome.stdout)
        let properties = try #require(report["properties"] as? [String: Any])
        #expect(properties["total"] as? Int == 3)
        #expect(properties["by_method"] as? [String: Int] == ["polygon": 1, "zip": 1, "manual": 0, "none": 1])
        #expect(properties["review"] as? Int == 2)
        #expect(properties["by_reason"] as? [String: Int] == ["outside_zones": 1, "zip_only": 1])
        let without = try #require(report["zones_without_properties"] as? [String])
        #expect(without.count == 11)
        #expect(!without.contains("sz_downtown_core") && !without.contains("sz_southeast_del_valle"))
        #expect(!without.contains("sz_southwest_oak_hill"), "inactive zones are not listed")

        let table = try cli.curbside("zones", "coverage", Self.austin, "--points", points)
        #expect(table.stdout.contains("properties 3 (polygon 1, zip 1, manual 0, none 1); to review 2 (outside_zones 1, zip_only 1)"))
        #expect(table.stdout.contains("Zones without properties (11)"))
    }

    @Test func severalFilesAreOneZoneSet() throws {
        let first = try cli.temporaryFile("a.geojson", Self.collection(Self.feature("A", (-97.80, 30.20, -97.79, 30.21))))
        let second = try cli.temporaryFile("b.geojson", Self.collection(
            Self.feature("B", (-97.795, 30.20, -97.785, 30.21), priority: 1),
            Self.feature("G", (-97.785005, 30.20, -97.78, 30.21))
        ))
        let outcome = try cli.curbside("zones", "coverage", first, second, "--json")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try json(outcome.stdout)
        let overlaps = try #require(report["overlaps"] as? [[String: Any]])
        #expect(overlaps.map { $0["zone_ids"] as? [String] } == [["A", "B"]])
        #expect(overlaps.first?["winner"] as? String == "B")
        let slivers = try #require(report["slivers"] as? [[String: Any]])
        #expect(slivers.map { $0["kind"] as? String } == ["overlap"])
        #expect(slivers.first?["zone_ids"] as? [String] == ["B", "G"])

        let table = try cli.curbside("zones", "coverage", first, second)
        #expect(table.stdout.contains("Slivers"))
        #expect(table.stdout.contains("overlap  B × G"))
    }

    @Test func aCleanSetHasEmptyLists() throws {
        let clean = try cli.temporaryFile("clean.geojson", Self.collection(
            Self.feature("left", (0, 0, 0.01, 0.01)), Self.feature("right", (0.01, 0, 0.02, 0.01))
        ))
        let outcome = try cli.curbside("zones", "coverage", clean, "--json")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try json(outcome.stdout)
        #expect(report["overlaps"] as? [Any] != nil && (report["overlaps"] as? [Any])?.isEmpty == true)
        #expect((report["gaps"] as? [Any])?.isEmpty == true)
        #expect((report["slivers"] as? [Any])?.isEmpty == true)
    }

    @Test func badInputIsAnErrorNotACrash() throws {
        let missing = try cli.curbside("zones", "coverage", "/nonexistent.geojson")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent.geojson"))
        let usage = try cli.curbside("zones", "coverage")
        #expect(usage.status == 64)
        let noPoints = try cli.curbside("zones", "coverage", Self.austin, "--points", "/nonexistent.csv")
        #expect(noPoints.status == 1)
        #expect(noPoints.stderr.contains("/nonexistent.csv"))
        let badHeader = try cli.temporaryFile("bad.csv", "name,where\nx,y\n")
        let wrongColumns = try cli.curbside("zones", "coverage", Self.austin, "--points", badHeader)
        #expect(wrongColumns.status == 1)
        #expect(wrongColumns.stderr.contains("error:"))
        let notZones = try cli.temporaryFile("notzones.geojson", "{ this is not json")
        let unreadable = try cli.curbside("zones", "coverage", notZones)
        #expect(unreadable.status == 1)
        #expect(!unreadable.stderr.isEmpty)
    }
}
