import Foundation
import Testing
@testable import ZoneIndex
import ZoneSynthesis

/// The fast path (cell table and Swift point-in-polygon) gives GEOS's answer on every point of every set:
/// random points, points on edges and vertices, points one ulp off vertices, points on grid lines.
@Suite struct CellTableTests {
    static let sets: [(String, @Sendable () throws -> [Zone])] = [
        ("voronoi 200 zones of ~200 vertices", { try VoronoiZoneSet(count: 200, verticesPerZone: 200, seed: 31).zones() }),
        ("voronoi 2,000 small zones", { try VoronoiZoneSet(count: 2000, verticesPerZone: 12, seed: 32, maxPriority: 1).zones() }),
        ("overlapping zones with holes and parts", { OverlappingZoneSet(count: 80, verticesPerRing: 48, seed: 33).zones() }),
        ("one zone of 20,000 vertices with holes", { [Self.coastline(vertices: 20_000, seed: 34)] }),
        ("rectangles sharing edges", { Self.rectangles() }),
    ]

    /// Points that stress the fast path: uniform, on boundaries, one ulp either side of vertices, on grid lines
    /// and on cell corners.
    static let uniformCount = 30_000

    static func probes(for zones: [Zone], table: CellTable, seed: UInt64) -> [Coordinate] {
        let bounds = zones.compactMap(\.boundary.boundingBox).reduce(nil) { $0?.union($1) ?? $1 }!
        let margin = max(bounds.width, bounds.height) * 0.01
        let outer = BoundingBox(minX: bounds.minX - margin, minY: bounds.minY - margin, maxX: bounds.maxX + margin, maxY: bounds.maxY + margin)
        var points = SyntheticPoints.uniform(uniformCount, in: outer, seed: seed)
        let onBoundaries = SyntheticPoints.onBoundaries(of: zones, limit: 12_000, seed: seed + 1)
        points += onBoundaries
        for p in onBoundaries.prefix(3_000) {
            points.append(Coordinate(x: p.x.nextUp, y: p.y))
            points.append(Coordinate(x: p.x.nextDown, y: p.y))
            points.append(Coordinate(x: p.x, y: p.y.nextUp))
            points.append(Coordinate(x: p.x.nextDown, y: p.y.nextDown))
        }
        // Grid lines and cell corners, where a point's cell is decided by rounding.
        let grid = table.grid
        var rng = SplitMix64(seed: seed + 2)
        for _ in 0..<5_000 {
            let column = Int.random(in: 0...grid.columns, using: &rng)
            let row = Int.random(in: 0...grid.rows, using: &rng)
            let x = grid.minX + Double(column) / grid.scaleX
            let y = grid.minY + Double(row) / grid.scaleY
            points.append(Coordinate(x: x, y: y))
            points.append(Coordinate(x: x, y: Double.random(in: grid.minY...grid.maxY, using: &rng)))
            points.append(Coordinate(x: Double.random(in: grid.minX...grid.maxX, using: &rng), y: y))
        }
        return points
    }

    @Test(arguments: 0..<sets.count)
    func fastPathAgreesWithGEOS(set: Int) throws {
        let (name, make) = Self.sets[set]
        let zones = try make()
        let index = try ZoneIndex(zones: zones)
        let points = Self.probes(for: zones, table: index.cellTable, seed: UInt64(set) * 10 + 500)
        var disagreements = 0
        var matched = 0
        try index.withWorkspace { workspace in
            for point in points {
                let query = try ZonePointQuery(lat: point.y, lng: point.x, zip: nil)
                let fast = try index.zoneIndex(for: query, in: workspace).0
                let exact = try index.exactZoneIndex(for: query, in: workspace).0
                if fast != nil { matched += 1 }
                if fast != exact {
                    disagreements += 1
                    if disagreements <= 5 {
                        Issue.record("\(name): (\(point.x), \(point.y)): fast \(fast.map { zones[$0].id } ?? "none"), GEOS \(exact.map { zones[$0].id } ?? "none")")
                    }
                }
            }
        }
        #expect(disagreements == 0, "\(name): \(disagreements) of \(points.count) points")
        #expect(matched > points.count / 4, "\(name): the probes must mostly land in zones")
        // The bulk API answers as the single-point path does.
        let bulk = try index.coveringZonePositions(points, threads: 2)
        let single = try index.withWorkspace { workspace in
            try points.map { p in try index.zoneIndex(for: ZonePointQuery(lat: p.y, lng: p.x, zip: nil), in: workspace).0.map { Int32($0) } ?? -1 }
        }
        #expect(bulk == single, "\(name)")
    }

    @Test(arguments: 0..<sets.count)
    func swiftPointInPolygonAgreesWithGEOSForEveryZone(set: Int) throws {
        let (name, make) = Self.sets[set]
        let zones = try make()
        let index = try ZoneIndex(zones: zones)
        let table = index.cellTable
        let points = Self.probes(for: zones, table: table, seed: UInt64(set) * 10 + 900)
        var undecided = 0
        var wrong = 0
        try index.withWorkspace { workspace in
            for (i, point) in points.enumerated() {
                // Each point against a few zones, hit or miss, so exterior answers are checked as much as interior.
                for slot in [i % table.positions.count, (i * 7 + 3) % table.positions.count] {
                    let position = Int(table.positions[slot])
                    let geos = try workspace.covers(zoneAt: position, x: point.x, y: point.y)
                    switch table.shapes.locate(slot, x: point.x, y: point.y) {
                    case .interior, .boundary: if !geos { wrong += 1 }
                    case .exterior: if geos { wrong += 1 }
                    case .undecided: if i < Self.uniformCount { undecided += 1 }
                    }
                }
            }
        }
        #expect(wrong == 0, "\(name)")
        // Deferring to GEOS is for points within rounding of an edge (the probes put many there on purpose),
        // not something random points need.
        #expect(undecided <= 2, "\(name): \(undecided) random points undecided")
    }

    @Test func mostCellsNeedNoPointInPolygonTest() throws {
        let zones = try VoronoiZoneSet(count: 200, verticesPerZone: 200, seed: 31).zones()
        let stats = try ZoneIndex(zones: zones).cellTable.statistics
        #expect(stats.cells >= 200 * 4096)
        #expect(Double(stats.emptyCells + stats.certainCells) / Double(stats.cells) > 0.8, "\(stats)")
    }

    @Test func inactiveZonesAndEmptySetsHaveNoCells() throws {
        let inactive = Fixtures.zone("off", Fixtures.square(0, 0, 1, 1), active: false)
        let index = try ZoneIndex(zones: [inactive])
        #expect(index.cellTable.statistics.certainCells == 0)
        #expect(try index.coveringZonePositions([Coordinate(x: 0.5, y: 0.5)]) == [-1])
        let empty = try ZoneIndex(zones: [])
        #expect(try empty.coveringZonePositions([Coordinate(x: 0.5, y: 0.5)]) == [-1])
    }

    @Test func degenerateExtentsStillMatch() throws {
        // A single tall, thin zone: the grid's width is tiny next to its height.
        let thin = Fixtures.zone("thin", Fixtures.square(10, 0, 10.000001, 50))
        let index = try ZoneIndex(zones: [thin])
        #expect(try index.match(lat: 25, lng: 10.0000005).zone?.id == "thin")
        #expect(try index.match(lat: 50, lng: 10.000001).zone?.id == "thin")
        #expect(try index.match(lat: 25, lng: 10.0000011).zone == nil)
    }

    /// Rectangles on a shared lattice, with the higher priority one overlapping the rest: exact ties on edges.
    static func rectangles() -> [Zone] {
        var zones: [Zone] = []
        for i in 0..<6 {
            for j in 0..<6 {
                let x = -97.9 + Double(i) * 0.1, y = 30.1 + Double(j) * 0.1
                zones.append(Fixtures.zone("r\(i)-\(j)", Fixtures.square(x, y, x + 0.1, y + 0.1)))
            }
        }
        zones.append(Fixtures.zone("top", Fixtures.square(-97.75, 30.25, -97.45, 30.45), priority: 2))
        return zones
    }

    /// A star-shaped shell of `vertices` positions with a rough, coastline-like edge and three holes.
    static func coastline(vertices: Int, seed: UInt64) -> Zone {
        var rng = SplitMix64(seed: seed)
        let phases = (0..<6).map { _ in Double.random(in: 0..<(2 * .pi), using: &rng) }
        func ring(cx: Double, cy: Double, radius: Double, count: Int, roughness: Double, clockwise: Bool) -> [Coordinate] {
            var ring: [Coordinate] = (0..<count).map { k in
                let angle = 2 * Double.pi * Double(k) / Double(count) * (clockwise ? -1 : 1)
                var r = 1.0
                for (octave, phase) in phases.enumerated() {
                    let frequency = Double(3 << octave)
                    r += roughness / Double(octave + 1) * sin(frequency * angle + phase)
                }
                r += Double.random(in: -0.01...0.01, using: &rng)
                return Coordinate(x: cx + radius * r * cos(angle), y: cy + radius * r * sin(angle))
            }
            ring.append(ring[0])
            return ring
        }
        let shell = ring(cx: -97.5, cy: 30.5, radius: 0.4, count: vertices, roughness: 0.12, clockwise: false)
        let holes = [(-97.6, 30.55), (-97.4, 30.45), (-97.5, 30.35)].map {
            ring(cx: $0.0, cy: $0.1, radius: 0.04, count: 500, roughness: 0.1, clockwise: true)
        }
        return Fixtures.zone("coast", shell, holes: holes)
    }
}
