import CGEOS
import Testing
@testable import ZoneIndex
import ZoneSynthesis

@Suite struct ZoneSynthesisTests {
    let context = GEOSContext()

    private func area(_ zone: Zone) throws -> Double {
        let geometry = try GEOSGeometry(zone.boundary, context: context)
        var area = 0.0
        #expect(GEOSArea_r(context.handle, geometry.pointer, &area) == 1)
        return area
    }

    @Test(arguments: [(10, 12, UInt64(1)), (200, 40, 2), (1_000, 200, 3)])
    func voronoiSetsTileTheirBoxWithValidIrregularZones(count: Int, vertices: Int, seed: UInt64) throws {
        let set = VoronoiZoneSet(count: count, verticesPerZone: vertices, seed: seed)
        let zones = try set.zones()
        #expect(zones.count == count)
        #expect(Set(zones.map(\.id)).count == count)
        var total = 0.0
        for zone in zones {
            #expect(try GEOSGeometry(zone.boundary, context: context).validity() == .valid, "\(zone.id)")
            total += try area(zone)
        }
        // Bent edges move area between neighbours but the cells still tile (about) the box, with no overlap:
        // the sum of areas equals the area of their union.
        let union = try zones.reduce(nil as GEOSGeometry?) { acc, zone in
            let g = try GEOSGeometry(zone.boundary, context: context)
            guard let acc else { return g }
            return GEOSGeometry(owning: GEOSUnion_r(context.handle, acc.pointer, g.pointer)!, context: context)
        }!
        var unionArea = 0.0
        GEOSArea_r(context.handle, union.pointer, &unionArea)
        #expect(abs(total - unionArea) / unionArea < 1e-9)
        #expect(abs(unionArea - set.bounds.width * set.bounds.height) / unionArea < 0.05)
        let averageVertices = Double(zones.reduce(0) { $0 + $1.boundary.vertexCount }) / Double(count)
        #expect(averageVertices > Double(vertices) * 0.5 && averageVertices < Double(vertices) * 2, "\(averageVertices)")
    }

    @Test func theSameSeedGivesTheSameZones() throws {
        #expect(try VoronoiZoneSet(count: 50, seed: 9).zones() == VoronoiZoneSet(count: 50, seed: 9).zones())
        #expect(try VoronoiZoneSet(count: 50, seed: 9).zones() != VoronoiZoneSet(count: 50, seed: 10).zones())
        #expect(OverlappingZoneSet(count: 20, seed: 4).zones() == OverlappingZoneSet(count: 20, seed: 4).zones())
    }

    @Test func overlappingSetsAreValidAndHaveEveryFeature() throws {
        let zones = OverlappingZoneSet(count: 40, seed: 5).zones()
        for zone in zones {
            #expect(try GEOSGeometry(zone.boundary, context: context).validity() == .valid, "\(zone.id)")
        }
        #expect(zones.contains { $0.boundary.polygons.contains { !$0.holes.isEmpty } })
        #expect(zones.contains { $0.boundary.polygons.count > 1 })
        #expect(zones.contains { !$0.isActive })
        #expect(Set(zones.map(\.priority)).count > 1)
    }

    @Test func boundaryPointsLieOnTheBoundaries() throws {
        let zones = try VoronoiZoneSet(count: 20, seed: 6).zones()
        let points = SyntheticPoints.onBoundaries(of: zones, limit: 500, seed: 7)
        #expect(points.count == 500)
        let index = try ZoneIndex(zones: zones)
        // Vertices and edge points are covered (boundary included) by at least one zone.
        let vertexSet = Set(zones.flatMap { $0.boundary.polygons.flatMap { $0.exterior } })
        for point in points where vertexSet.contains(point) {
            #expect(try index.match(lat: point.y, lng: point.x).method == .polygon)
        }
    }
}
