import ZoneIndex

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A few large, detailed zones shaped like islands on a rough coastline: each a star-shaped shell whose radius
/// follows multi-octave noise, with star-shaped lakes (holes) well inside. The zones do not overlap, every ring
/// is simple, and the same seed always gives the same zones. For benchmarking point-in-polygon on big rings.
public struct CoastlineZoneSet: Sendable {
    public var count: Int
    /// Positions in each zone's exterior ring (the closing position not counted).
    public var shellVertices: Int
    /// Holes in each zone.
    public var holesPerZone: Int
    /// Positions in each hole's ring (the closing position not counted).
    public var holeVertices: Int
    /// The box the zones are laid out in, one per cell of a near-square grid.
    public var bounds: BoundingBox
    public var seed: UInt64

    public init(
        count: Int = 4,
        shellVertices: Int = 12_000,
        holesPerZone: Int = 3,
        holeVertices: Int = 1_000,
        bounds: BoundingBox = BoundingBox(minX: -98.0, minY: 30.0, maxX: -97.0, maxY: 31.0),
        seed: UInt64 = 1
    ) {
        self.count = max(1, count)
        self.shellVertices = max(8, shellVertices)
        self.holesPerZone = max(0, min(6, holesPerZone))
        self.holeVertices = max(8, holeVertices)
        self.bounds = bounds
        self.seed = seed
    }

    /// The zones, ids `c0`, `c1`, …, all active with priority 0, each listing a ZIP code of its own.
    public func zones() -> [Zone] {
        var rng = SplitMix64(seed: seed)
        let columns = Int(Double(count).squareRoot().rounded(.up))
        let rows = (count + columns - 1) / columns
        let cellWidth = bounds.width / Double(columns)
        let cellHeight = bounds.height / Double(rows)
        // The shell's radius stays within [0.55, 0.95] × half the cell, so neighbours never touch.
        let radius = 0.5 * min(cellWidth, cellHeight) * 0.95
        return (0..<count).map { i in
            let center = Coordinate(
                x: bounds.minX + (Double(i % columns) + 0.5) * cellWidth,
                y: bounds.minY + (Double(i / columns) + 0.5) * cellHeight
            )
            let shell = ring(center: center, radii: 0.55 * radius...radius, vertices: shellVertices, clockwise: false, using: &rng)
            // Hole centres sit on a circle of 0.3 × radius, their rings within 0.12 × radius of it: inside the
            // shell's smallest radius (0.55) and, for up to six holes, clear of each other.
            let turn = Double.random(in: 0..<(2 * .pi), using: &rng)
            let holes = (0..<holesPerZone).map { h in
                let angle = turn + 2 * .pi * Double(h) / Double(holesPerZone)
                let holeCenter = Coordinate(x: center.x + 0.3 * radius * cos(angle), y: center.y + 0.3 * radius * sin(angle))
                return ring(center: holeCenter, radii: 0.05 * radius...0.12 * radius, vertices: holeVertices, clockwise: true, using: &rng)
            }
            return Zone(
                id: "c\(i)", name: "Coastline zone \(i)",
                zipCodes: [VoronoiZoneSet.syntheticZIP(i)],
                boundary: .polygon(Polygon(exterior: shell, holes: holes))
            )
        }
    }

    /// A closed ring around `center` at evenly spaced angles, its radius a sum of random sine octaves rescaled
    /// to fill `radii`. Radii are positive and angles strictly ordered, so the ring is simple.
    private func ring(
        center: Coordinate, radii: ClosedRange<Double>, vertices: Int, clockwise: Bool, using rng: inout SplitMix64
    ) -> [Coordinate] {
        struct Octave { let frequency: Double, amplitude: Double, phase: Double }
        // Frequencies double per octave up to about a quarter of the vertex count; amplitude falls as 1/f^0.8,
        // rough at every scale like a coastline. Several waves per octave avoid a regular look.
        var octaves: [Octave] = []
        var base = 2.0
        while base <= Double(vertices) / 4 {
            for _ in 0..<3 {
                let frequency = (base * Double.random(in: 0.7...1.4, using: &rng)).rounded()
                octaves.append(Octave(
                    frequency: frequency,
                    amplitude: pow(frequency, -0.8) * Double.random(in: 0.5...1.0, using: &rng),
                    phase: Double.random(in: 0..<(2 * .pi), using: &rng)
                ))
            }
            base *= 2
        }
        let angles = (0..<vertices).map { 2 * Double.pi * Double(clockwise ? vertices - $0 : $0) / Double(vertices) }
        let noise = angles.map { theta in octaves.reduce(0) { $0 + $1.amplitude * sin($1.frequency * theta + $1.phase) } }
        let low = noise.min() ?? 0, high = noise.max() ?? 1
        let span = high > low ? high - low : 1
        var ring = zip(angles, noise).map { theta, n in
            let r = radii.lowerBound + (radii.upperBound - radii.lowerBound) * (n - low) / span
            return Coordinate(x: center.x + r * cos(theta), y: center.y + r * sin(theta))
        }
        ring.append(ring[0])
        return ring
    }
}
