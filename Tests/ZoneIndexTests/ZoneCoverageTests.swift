import Foundation
import Testing
import ZoneIndex
import ZoneSynthesis

/// The coverage report on sets whose overlaps and gaps are known.
@Suite("Zone coverage")
struct ZoneCoverageTests {
    static func box(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> [Coordinate] {
        Fixtures.square(minX, minY, maxX, maxY)
    }

    static func within(_ value: Double, _ expected: Double, _ tolerance: Double = 0.005) -> Bool {
        abs(value - expected) <= tolerance * abs(expected)
    }

    /// A and B overlap (B wins on priority); C, D, E and F frame a gap; G overlaps F by a sliver 0.000005° wide.
    static let handMade: [Zone] = [
        Fixtures.zone("A", box(-97.80, 30.20, -97.79, 30.21)),
        Fixtures.zone("B", box(-97.795, 30.20, -97.785, 30.21), priority: 1),
        Fixtures.zone("C", box(-97.78, 30.20, -97.75, 30.21)),
        Fixtures.zone("D", box(-97.78, 30.22, -97.75, 30.23)),
        Fixtures.zone("E", box(-97.78, 30.21, -97.77, 30.22)),
        Fixtures.zone("F", box(-97.76, 30.21, -97.75, 30.22)),
        Fixtures.zone("G", box(-97.750005, 30.21, -97.74, 30.22)),
        // Inactive zones count for nothing: this one would fill the gap and overlap A.
        Fixtures.zone("X", box(-97.80, 30.20, -97.76, 30.22), active: false),
    ]

    // Independent values: pyproj 3.7.2, `Geod(ellps="WGS84").polygon_area_perimeter(lons, lats)` of each box.
    static let overlapArea = 533_701.0760247707  // -97.795, 30.20 … -97.79, 30.21
    static let gapArea = 1_067_295.8598427773  // -97.77, 30.21 … -97.76, 30.22
    static let sliverArea = 533.6479297606274  // -97.750005, 30.21 … -97.75, 30.22

    @Test func handMadeSetHasItsOverlapGapAndSliver() throws {
        let report = try ZoneCoverage().report(for: Self.handMade)
        #expect(report.zones == 7)

        #expect(report.overlaps.count == 1)
        let overlap = try #require(report.overlaps.first)
        #expect(overlap.zoneIDs == ["A", "B"])
        #expect(overlap.winner == "B")
        #expect(Self.within(overlap.areaSquareMetres, Self.overlapArea), "\(overlap.areaSquareMetres)")
        // The same geodesic area as the known intersection polygon, computed through the library.
        let known = Polygon(exterior: Self.box(-97.795, 30.20, -97.79, 30.21)).geodesicArea
        #expect(abs(overlap.areaSquareMetres - known) < 0.01)
        #expect(abs(overlap.centroid.latitude - 30.205) < 1e-6)
        #expect(abs(overlap.centroid.longitude - -97.7925) < 1e-6)

        #expect(report.gaps.count == 1)
        let gap = try #require(report.gaps.first)
        #expect(Self.within(gap.areaSquareMetres, Self.gapArea), "\(gap.areaSquareMetres)")
        #expect(abs(gap.centroid.latitude - 30.215) < 1e-6)
        #expect(abs(gap.centroid.longitude - -97.765) < 1e-6)

        #expect(report.slivers.count == 1)
        let sliver = try #require(report.slivers.first)
        #expect(sliver.kind == .overlap)
        #expect(sliver.zoneIDs == ["F", "G"])
        #expect(sliver.winner == "F")
        #expect(Self.within(sliver.areaSquareMetres, Self.sliverArea), "\(sliver.areaSquareMetres)")
        #expect(report.properties == nil)
        #expect(report.zonesWithoutProperties == nil)
    }

    @Test func equalPrioritiesGoToTheZoneDefinedFirst() throws {
        let zones = [
            Fixtures.zone("first", Self.box(0.005, 0, 0.015, 0.01), priority: 2),
            Fixtures.zone("second", Self.box(0, 0, 0.01, 0.01), priority: 2),
            Fixtures.zone("third", Self.box(0.012, 0, 0.02, 0.01), priority: 3),
        ]
        let report = try ZoneCoverage().report(for: zones)
        #expect(report.overlaps.map(\.zoneIDs) == [["first", "second"], ["first", "third"]])
        #expect(report.overlaps.map(\.winner) == ["first", "third"])
    }

    @Test func aGapHoldingAnIslandZoneExcludesTheIsland() throws {
        // A ring zone (a square with a square hole) and a smaller zone inside the hole.
        let zones = [
            Fixtures.zone("ring", Self.box(0, 0, 0.03, 0.03), holes: [Array(Self.box(0.01, 0.01, 0.02, 0.02).reversed())]),
            Fixtures.zone("island", Self.box(0.013, 0.013, 0.017, 0.017)),
        ]
        let report = try ZoneCoverage().report(for: zones)
        #expect(report.overlaps.isEmpty)
        let gap = try #require(report.gaps.first)
        #expect(report.gaps.count == 1)
        let expected = Polygon(exterior: Self.box(0.01, 0.01, 0.02, 0.02)).geodesicArea
            - Polygon(exterior: Self.box(0.013, 0.013, 0.017, 0.017)).geodesicArea
        #expect(Self.within(gap.areaSquareMetres, expected), "\(gap.areaSquareMetres) vs \(expected)")
    }

    @Test func theSliverThresholdDecidesWhatIsASliver() throws {
        let report = try ZoneCoverage(sliverThreshold: 100).report(for: Self.handMade)
        #expect(report.slivers.isEmpty)
        #expect(report.overlaps.map(\.zoneIDs) == [["A", "B"], ["F", "G"]])
        let everything = try ZoneCoverage(sliverThreshold: 2e6).report(for: Self.handMade)
        #expect(everything.overlaps.isEmpty && everything.gaps.isEmpty)
        #expect(everything.slivers.map(\.kind) == [.overlap, .overlap, .gap])
    }

    @Test func austinSampleHasTheDowntownOverlapAndTheAirportGap() throws {
        let file = try ZoneFile(contentsOf: Fixtures.austinZones)
        let report = try ZoneCoverage().report(for: file.zones)
        #expect(report.zones == file.zones.filter(\.isActive).count)
        // Downtown lies inside Central Austin and wins on priority; its whole area is the overlap.
        let downtown = try #require(file.zones.first { $0.id == "sz_downtown_core" })
        let overlap = try #require(report.overlaps.first { Set($0.zoneIDs) == ["sz_downtown_core", "sz_central_austin"] })
        #expect(overlap.winner == "sz_downtown_core")
        #expect(Self.within(overlap.areaSquareMetres, downtown.boundary.geodesicArea))
        #expect(report.overlaps.count == 1)
        // The airport, a hole of the Del Valle zone, is a gap holding the airport's position.
        let delValle = try #require(file.zones.first { $0.id == "sz_southeast_del_valle" })
        let airportHole = Polygon(exterior: delValle.boundary.polygons[0].holes[0])
        let airport = try #require(report.gaps.first { Self.within($0.areaSquareMetres, airportHole.geodesicArea) })
        #expect(abs(airport.centroid.latitude - 30.1975) < 0.02)
        #expect(abs(airport.centroid.longitude - -97.6664) < 0.02)
        #expect(report.slivers.isEmpty)
    }

    @Test func aTessellationHasNoProblems() throws {
        let zones = try VoronoiZoneSet(count: 60, verticesPerZone: 80, seed: 3).zones()
        let report = try ZoneCoverage().report(for: zones)
        #expect(report.zones == 60)
        #expect(report.overlaps.isEmpty)
        #expect(report.gaps.isEmpty)
        #expect(report.slivers.isEmpty)
    }

    @Test func noZonesMakeAnEmptyReport() throws {
        let report = try ZoneCoverage().report(for: [Fixtures.zone("off", Self.box(0, 0, 1, 1), active: false)])
        #expect(report == CoverageReport(zones: 0, overlaps: [], gaps: [], slivers: []))
    }

    @Test func encodesTheIssueKeys() throws {
        let tally = CoveragePropertyTally(
            total: 3, byMethod: ["polygon": 1, "zip": 1, "manual": 0, "none": 1], review: 2, byReason: ["outside_zones": 1, "zip_only": 1]
        )
        let report = try ZoneCoverage().report(for: Self.handMade, properties: tally, zonesWithoutProperties: ["C"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try #require(try JSONSerialization.jsonObject(with: encoder.encode(report)) as? [String: Any])
        #expect(Set(json.keys) == ["zones", "overlaps", "gaps", "slivers", "properties", "zones_without_properties"])
        let overlap = try #require((json["overlaps"] as? [[String: Any]])?.first)
        #expect(Set(overlap.keys) == ["zone_ids", "area_m2", "winner", "centroid"])
        let centroid = try #require(overlap["centroid"] as? [String: Any])
        #expect(Set(centroid.keys) == ["lat", "lng"])
        let gap = try #require((json["gaps"] as? [[String: Any]])?.first)
        #expect(Set(gap.keys) == ["area_m2", "centroid"])
        let sliver = try #require((json["slivers"] as? [[String: Any]])?.first)
        #expect(sliver["kind"] as? String == "overlap")
        let properties = try #require(json["properties"] as? [String: Any])
        #expect(Set(properties.keys) == ["total", "by_method", "review", "by_reason"])
        #expect(json["zones_without_properties"] as? [String] == ["C"])
        #expect(try JSONDecoder().decode(CoverageReport.self, from: encoder.encode(report)) == report)
    }
}
