/// Polygons that cross the antimeridian, written either with longitudes beyond ±180 (`175 … 185`) or with a jump
/// from one side to the other (`179 … -179`), made into parts that each stay within ±180.
enum AntimeridianSplit {
    /// Whether `polygon` crosses the antimeridian: some edge jumps more than 180 degrees of longitude (an edge
    /// running along the antimeridian itself, from +180 to -180, does not count), or a ring has positions on both
    /// sides of +180 (or of -180). A ring wholly beyond ±180 is not a crossing but a position off the globe.
    static func crosses(_ polygon: Polygon) -> Bool {
        for ring in polygon.rings {
            var (east, west, within) = (false, false, false)
            for i in ring.indices {
                let c = ring[i]
                if c.x > 180 { east = true } else if c.x < -180 { west = true } else { within = true }
                guard i > 0 else { continue }
                let previous = ring[i - 1]
                if abs(c.x - previous.x) > 180 && !(abs(c.x) == 180 && abs(previous.x) == 180) { return true }
            }
            if within && (east || west) { return true }
        }
        return false
    }

    /// `ring` with 360 added to or taken from positions so that no edge spans more than 180 degrees of longitude,
    /// starting from its first position; nil when the ring then does not close (it winds around a pole).
    static func unwrapped(_ ring: [Coordinate]) -> [Coordinate]? {
        guard var previous = ring.first else { return ring }
        var result = [previous]
        result.reserveCapacity(ring.count)
        for c in ring.dropFirst() {
            var x = c.x
            while x - previous.x > 180 { x -= 360 }
            while previous.x - x > 180 { x += 360 }
            previous = Coordinate(x: x, y: c.y)
            result.append(previous)
        }
        guard let first = result.first, let last = result.last, abs(first.x - last.x) < 1e-9 else { return nil }
        return result
    }

    /// The parts of `polygon` within ±180, cut at the antimeridian with GEOS and shifted back by 360 degrees; nil
    /// when a ring winds around a pole, which no cut can fix.
    static func split(_ polygon: Polygon, context: GEOSContext) throws -> [Polygon]? {
        guard let exterior = unwrapped(polygon.exterior) else { return nil }
        let center = (exterior.map(\.x).min()! + exterior.map(\.x).max()!) / 2
        var holes: [[Coordinate]] = []
        for hole in polygon.holes {
            guard var ring = unwrapped(hole), let first = ring.first else { return nil }
            // A hole lies within its exterior: move it by whole turns to the exterior's side of the globe.
            let turns = ((center - first.x) / 360).rounded()
            if turns != 0 { ring = ring.map { Coordinate(x: $0.x + 360 * turns, y: $0.y) } }
            holes.append(ring)
        }
        let whole = try GEOSGeometry(.polygon(Polygon(exterior: exterior, holes: holes)), context: context)
        var parts: [Polygon] = []
        for shift in [-360.0, 0, 360] {
            let window = BoundingBox(minX: -180 - shift, minY: -90, maxX: 180 - shift, maxY: 90)
            let inside = try whole.intersection(try GEOSGeometry.rectangle(window, context: context))
            for part in try inside.polygonalBoundary()?.polygons ?? [] {
                parts.append(Polygon(
                    exterior: part.exterior.map { Coordinate(x: $0.x + shift, y: $0.y) },
                    holes: part.holes.map { $0.map { Coordinate(x: $0.x + shift, y: $0.y) } }
                ))
            }
        }
        return parts
    }
}
