import CGEOS
import ZoneIndex

/// A tessellation of a box into irregular zones: the Voronoi cells of random sites, their edges densified and
/// bent by a smooth displacement so that neighbours still share every edge exactly.
public struct VoronoiZoneSet: Sendable {
    public var count: Int
    /// About how many positions each zone's ring has.
    public var verticesPerZone: Int
    public var bounds: BoundingBox
    public var seed: UInt64
    /// Priorities are drawn from 0...maxPriority, so shared edges exercise the tie-break.
    public var maxPriority: Int
    /// The share of zones marked inactive.
    public var inactiveFraction: Double

    public init(
        count: Int,
        verticesPerZone: Int = 40,
        bounds: BoundingBox = BoundingBox(minX: -98.0, minY: 30.0, maxX: -97.0, maxY: 31.0),
        seed: UInt64 = 1,
        maxPriority: Int = 0,
        inactiveFraction: Double = 0
    ) {
        self.count = count
        self.verticesPerZone = verticesPerZone
        self.bounds = bounds
        self.seed = seed
        self.maxPriority = maxPriority
        self.inactiveFraction = inactiveFraction
    }

    /// The zones, ids `v0`, `v1`, …; each lists a ZIP code of its own and every tenth also its predecessor's.
    public func zones() throws -> [Zone] {
        precondition(count >= 2, "a tessellation needs at least two sites")
        var rng = SplitMix64(seed: seed)
        let context = GEOSContext()
        let sites = (0..<count).map { _ in
            Coordinate(x: Double.random(in: bounds.minX..<bounds.maxX, using: &rng), y: Double.random(in: bounds.minY..<bounds.maxY, using: &rng))
        }
        let cells = try VoronoiCells.compute(sites: sites, bounds: bounds, context: context)
        let cellSize = (bounds.width * bounds.height / Double(count)).squareRoot()
        // A Voronoi cell has about six edges.
        let step = cellSize / max(1, Double(verticesPerZone) / 6)
        var strength = 0.6
        while true {
            let field = DisplacementField(scale: cellSize * 1.5, strength: strength, using: &rng)
            let rings = cells.map { densify($0, step: step).map(field.apply) }
            if try rings.allSatisfy({ try isValid($0, context: context) }) {
                return rings.enumerated().map { i, ring in makeZone(i, ring: ring, rng: &rng) }
            }
            strength /= 2
        }
    }

    private func makeZone(_ i: Int, ring: [Coordinate], rng: inout SplitMix64) -> Zone {
        var zips = [Self.syntheticZIP(i)]
        if i % 10 == 9 { zips.append(Self.syntheticZIP(i - 1)) }
        return Zone(
            id: "v\(i)", name: "Voronoi zone \(i)",
            priority: maxPriority > 0 ? Int.random(in: 0...maxPriority, using: &rng) : 0,
            isActive: inactiveFraction > 0 ? Double.random(in: 0..<1, using: &rng) >= inactiveFraction : true,
            zipCodes: zips, boundary: .polygon(Polygon(exterior: ring))
        )
    }

    static func syntheticZIP(_ i: Int) -> String {
        let digits = String(10_000 + i % 90_000)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// `ring` with each edge cut into pieces of about `step`, the cut points computed from the edge's endpoints
    /// in a fixed order so the two cells sharing an edge get the very same positions.
    private func densify(_ ring: [Coordinate], step: Double) -> [Coordinate] {
        var result: [Coordinate] = []
        for (a, b) in zip(ring, ring.dropFirst()) {
            result.append(a)
            let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
            let pieces = Int((length / step).rounded(.down))
            guard pieces > 1 else { continue }
            let forward = (a.x, a.y) < (b.x, b.y)
            let (lo, hi) = forward ? (a, b) : (b, a)
            var cuts = (1..<pieces).map { k in
                let t = Double(k) / Double(pieces)
                return Coordinate(x: lo.x + (hi.x - lo.x) * t, y: lo.y + (hi.y - lo.y) * t)
            }
            if !forward { cuts.reverse() }
            result += cuts
        }
        result.append(ring[ring.count - 1])
        return result
    }

    private func isValid(_ ring: [Coordinate], context: GEOSContext) throws -> Bool {
        try GEOSGeometry(.polygon(Polygon(exterior: ring)), context: context).validity() == .valid
    }
}
