import ZoneIndex

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Zones that overlap: irregular star-shaped blobs with random priorities, some with holes, some in two parts,
/// some inactive. For testing precedence rather than tessellation.
public struct OverlappingZoneSet: Sendable {
    public var count: Int
    public var verticesPerRing: Int
    public var bounds: BoundingBox
    public var seed: UInt64
    public var maxPriority: Int

    public init(
        count: Int,
        verticesPerRing: Int = 24,
        bounds: BoundingBox = BoundingBox(minX: -98.0, minY: 30.0, maxX: -97.0, maxY: 31.0),
        seed: UInt64 = 1,
        maxPriority: Int = 3
    ) {
        self.count = count
        self.verticesPerRing = max(4, verticesPerRing)
        self.bounds = bounds
        self.seed = seed
        self.maxPriority = maxPriority
    }

    /// The zones, ids `o0`, `o1`, …: every third has a hole, every fifth a second part, every seventh is inactive.
    public func zones() -> [Zone] {
        var rng = SplitMix64(seed: seed)
        let span = min(bounds.width, bounds.height)
        return (0..<count).map { i in
            let radius = span * Double.random(in: 0.05...0.25, using: &rng)
            let center = Coordinate(
                x: Double.random(in: bounds.minX..<bounds.maxX, using: &rng),
                y: Double.random(in: bounds.minY..<bounds.maxY, using: &rng)
            )
            var polygon = Polygon(exterior: blob(center: center, radius: radius, using: &rng))
            if i % 3 == 0 {
                // Strictly inside: the hole's largest radius is below the exterior's smallest.
                polygon.holes = [blob(center: center, radius: radius * 0.25, using: &rng).reversed()]
            }
            var boundary = ZoneBoundary.polygon(polygon)
            if i % 5 == 0 {
                let offset = radius * 2.5
                let second = Polygon(exterior: blob(center: Coordinate(x: center.x + offset, y: center.y), radius: radius * 0.5, using: &rng))
                boundary = .multiPolygon([polygon, second])
            }
            return Zone(
                id: "o\(i)", name: "Overlapping zone \(i)",
                priority: Int.random(in: 0...maxPriority, using: &rng),
                isActive: i % 7 != 6,
                zipCodes: [VoronoiZoneSet.syntheticZIP(i % max(1, count / 2))],
                boundary: boundary
            )
        }
    }

    /// A closed, counter-clockwise star-shaped ring whose radius varies within [0.6, 1] × `radius`.
    private func blob(center: Coordinate, radius: Double, using rng: inout SplitMix64) -> [Coordinate] {
        var ring = (0..<verticesPerRing).map { k in
            let angle = 2 * Double.pi * Double(k) / Double(verticesPerRing)
            let r = radius * Double.random(in: 0.6...1.0, using: &rng)
            return Coordinate(x: center.x + r * cos(angle), y: center.y + r * sin(angle))
        }
        ring.append(ring[0])
        return ring
    }
}
