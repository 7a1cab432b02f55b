import Testing
@testable import ZoneIndex
import ZoneSynthesis

/// `matchDetail`'s distances agree with GEOS in an azimuthal equidistant projection centred at each point
/// (`GeodesicDistanceReference`) on random points inside, outside, in holes and near edges of synthetic zone sets.
///
/// Tolerance: 0.5 m or 0.5 %, whichever is larger. Both sides measure geodesic metres on WGS84 to edges that are
/// straight in longitude/latitude (the reference cuts the nearest zones' edges into ~200 m pieces before projecting);
/// they differ only in which point of the edge the fast path picks in its locally scaled plane, a second-order
/// error of centimetres within tens of kilometres. A real fault (a wrong edge, a missed ring, a metre-per-degree
/// slip) is far outside the tolerance.
@Suite struct ZoneMatchDetailPropertyTests {
    static let sets: [(String, @Sendable () throws -> [Zone])] = [
        ("voronoi 40 zones, priorities, inactive", {
            try VoronoiZoneSet(count: 40, verticesPerZone: 60, seed: 31, maxPriority: 2, inactiveFraction: 0.1).zones()
        }),
        ("overlapping 30 zones with holes and parts", { OverlappingZoneSet(count: 30, verticesPerRing: 32, seed: 32).zones() }),
        ("coastline 2 zones with holes", {
            CoastlineZoneSet(count: 2, shellVertices: 800, holesPerZone: 3, holeVertices: 80, seed: 33).zones()
        }),
    ]

    static func agrees(_ actual: Double, _ expected: Double) -> Bool {
        abs(actual - expected) <= max(0.5, 0.005 * expected)
    }

    @Test(arguments: 0..<sets.count)
    func distancesAgreeWithGEOS(set: Int) throws {
        let (name, make) = Self.sets[set]
        let zones = try make()
        let index = try ZoneIndex(zones: zones)
        let reference = GeodesicDistanceReference(zones: zones)
        let bounds = zones.compactMap(\.boundary.boundingBox).reduce(zones[0].boundary.boundingBox!) { $0.union($1) }
        // A margin of about 10 km, so points well outside every zone are tested too.
        let outer = BoundingBox(minX: bounds.minX - 0.1, minY: bounds.minY - 0.1, maxX: bounds.maxX + 0.1, maxY: bounds.maxY + 0.1)
        var rng = SplitMix64(seed: UInt64(set) + 300)
        // Near edges: boundary points moved by up to about 30 m either way.
        let nearEdges = SyntheticPoints.onBoundaries(of: zones, limit: 400, seed: UInt64(set) + 400).map {
            Coordinate(x: $0.x + Double.random(in: -3e-4...3e-4, using: &rng), y: $0.y + Double.random(in: -3e-4...3e-4, using: &rng))
        }
        let points = SyntheticPoints.uniform(1_600, in: outer, seed: UInt64(set) + 500) + nearEdges
        let zips = zones.flatMap(\.zipCodes)
        var failures = 0
        var methods: [MatchMethod: Int] = [:]
        var queries: [ZonePointQuery] = []
        var singles: [ZoneMatchDetail] = []
        for (i, point) in points.enumerated() {
            let zip = i % 3 == 0 && !zips.isEmpty ? zips[i % zips.count] : nil
            let detail = try index.matchDetail(lat: point.y, lng: point.x, zip: zip)
            queries.append(try ZonePointQuery(lat: point.y, lng: point.x, zip: zip))
            singles.append(detail)
            methods[detail.match.method, default: 0] += 1
            let distances = try reference.distances(lat: point.y, lng: point.x)
            let boundary = distances.map(\.boundary).min()!
            var problems: [String] = []
            if detail.match != (try index.match(lat: point.y, lng: point.x, zip: zip)) { problems.append("match differs") }
            if !Self.agrees(detail.boundaryDistance ?? -1, boundary) {
                problems.append("boundary \(detail.boundaryDistance ?? -1) m, GEOS \(boundary) m")
            }
            if detail.match.method == .polygon {
                if detail.nearestZone != nil || detail.nearestDistance != nil { problems.append("nearest zone on a polygon match") }
            } else {
                let area = distances.map(\.area).min()!
                let position = detail.nearestZone.flatMap { zone in zones.firstIndex { $0.id == zone.id } }
                let own = distances.first { $0.position == position }?.area
                if !Self.agrees(detail.nearestDistance ?? -1, area) { problems.append("nearest \(detail.nearestDistance ?? -1) m, GEOS \(area) m") }
                if !Self.agrees(own ?? -1, area) { problems.append("nearest zone \(detail.nearestZone?.id ?? "none") is \(own ?? -1) m away, GEOS nearest \(area) m") }
            }
            if !problems.isEmpty {
                failures += 1
                if failures <= 5 { Issue.record("\(name): (\(point.x), \(point.y)) \(detail.match.method): \(problems.joined(separator: "; "))") }
            }
        }
        #expect(failures == 0, "\(name)")
        #expect(methods[.polygon, default: 0] > 300, "\(name)")
        #expect(methods[.zip, default: 0] + methods[.none, default: 0] > 100, "\(name)")
        #expect(try index.matchDetails(queries) == singles, "\(name): bulk")
        #expect(try index.matchDetails(queries, threads: 2) == singles, "\(name): bulk on two threads")
    }
}
