import Dispatch
import Synchronization
import Testing
@testable import ZoneIndex
import ZoneSynthesis

/// The index agrees with brute-force GEOS covers() over every zone, on 100,000 random points per synthetic set
/// and on points exactly on shared edges and vertices.
@Suite struct ZoneIndexPropertyTests {
    static let sets: [(String, @Sendable () throws -> [Zone])] = [
        ("voronoi 40 zones, priorities, inactive", {
            try VoronoiZoneSet(count: 40, verticesPerZone: 60, seed: 11, maxPriority: 2, inactiveFraction: 0.1).zones()
        }),
        ("voronoi 300 zones", { try VoronoiZoneSet(count: 300, verticesPerZone: 30, seed: 12).zones() }),
        ("voronoi 12 zones, 400 vertices each", { try VoronoiZoneSet(count: 12, verticesPerZone: 400, seed: 13, maxPriority: 1).zones() }),
        ("overlapping 60 zones with holes and parts", { OverlappingZoneSet(count: 60, verticesPerRing: 32, seed: 14).zones() }),
    ]

    @Test(arguments: 0..<sets.count, [ZoneIndex.Detail.quick, .full])
    func indexAgreesWithBruteForce(set: Int, detail: ZoneIndex.Detail) throws {
        let (name, make) = Self.sets[set]
        let zones = try make()
        let index = try ZoneIndex(zones: zones, detail: detail)
        let oracle = try BruteForceMatcher(zones: zones)
        let bounds = zones.compactMap(\.boundary.boundingBox).reduce(zones[0].boundary.boundingBox!) { $0.union($1) }
        // A margin around the zones, so points outside every zone are tested too.
        let outer = BoundingBox(minX: bounds.minX - 0.02, minY: bounds.minY - 0.02, maxX: bounds.maxX + 0.02, maxY: bounds.maxY + 0.02)
        let random = SyntheticPoints.uniform(100_000, in: outer, seed: UInt64(set) + 100)
        let onBoundaries = SyntheticPoints.onBoundaries(of: zones, limit: 30_000, seed: UInt64(set) + 200)
        let zipsInUse = zones.flatMap(\.zipCodes)
        var disagreements = 0
        var methods: [MatchMethod: Int] = [:]
        for (i, point) in (random + onBoundaries).enumerated() {
            // Every third point carries a ZIP code, so the fallback is checked where no boundary answers.
            let zip = i % 3 == 0 ? zipsInUse[i % zipsInUse.count] : nil
            let expected = try oracle.match(lat: point.y, lng: point.x, zip: zip)
            let actual = try index.match(lat: point.y, lng: point.x, zip: zip)
            methods[actual.method, default: 0] += 1
            if actual != expected {
                disagreements += 1
                if disagreements <= 5 { Issue.record("\(name): (\(point.x), \(point.y)) zip \(zip ?? "-"): index \(actual.zone?.id ?? "none"), GEOS \(expected.zone?.id ?? "none")") }
            }
        }
        #expect(disagreements == 0, "\(name)")
        // The sets must exercise every path.
        #expect(methods[.polygon, default: 0] > 50_000, "\(name)")
        #expect(methods[.zip, default: 0] > 0, "\(name)")
        #expect(methods[.none, default: 0] > 0, "\(name)")
        #expect(onBoundaries.count > 1000)
    }

    @Test func concurrentQueriesGiveTheSequentialAnswers() throws {
        let zones = try VoronoiZoneSet(count: 100, verticesPerZone: 40, seed: 21, maxPriority: 1).zones()
        let index = try ZoneIndex(zones: zones)
        let points = SyntheticPoints.uniform(20_000, in: BoundingBox(minX: -98, minY: 30, maxX: -97, maxY: 31), seed: 22)
            + SyntheticPoints.onBoundaries(of: zones, limit: 5_000, seed: 23)
        let sequential = try points.map { try index.match(lat: $0.y, lng: $0.x).zone?.id }
        let mismatches = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 8) { worker in
            for (i, p) in points.enumerated() where i % 8 == worker {
                if (try? index.match(lat: p.y, lng: p.x).zone?.id) != sequential[i] { mismatches.add(1, ordering: .relaxed) }
            }
        }
        #expect(mismatches.load(ordering: .relaxed) == 0)
    }
}
