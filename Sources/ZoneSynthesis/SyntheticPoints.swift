import ZoneIndex

/// Point sets for tests and benchmarks.
public enum SyntheticPoints {
    /// `count` points spread uniformly over `bounds`.
    public static func uniform(_ count: Int, in bounds: BoundingBox, seed: UInt64) -> [Coordinate] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            Coordinate(
                x: Double.random(in: bounds.minX...bounds.maxX, using: &rng),
                y: Double.random(in: bounds.minY...bounds.maxY, using: &rng)
            )
        }
    }

    /// Points exactly on the zones' boundaries: every vertex (shared vertices included), and points along
    /// edges (segment midpoints and, where an edge is axis-parallel, exact points on it), up to `limit`.
    public static func onBoundaries(of zones: [Zone], limit: Int, seed: UInt64) -> [Coordinate] {
        var rng = SplitMix64(seed: seed)
        var points: [Coordinate] = []
        for zone in zones {
            for polygon in zone.boundary.polygons {
                for ring in polygon.rings {
                    for (a, b) in zip(ring, ring.dropFirst()) {
                        points.append(a)
                        points.append(Coordinate(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2))
                        if a.x == b.x || a.y == b.y {
                            let t = Double.random(in: 0...1, using: &rng)
                            points.append(Coordinate(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t))
                        }
                    }
                }
            }
        }
        points.shuffle(using: &rng)
        return Array(points.prefix(limit))
    }
}
