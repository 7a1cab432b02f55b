/// Polygons that cross the antimeridian, written either with longitudes beyond ±180 (`175 … 185`) or with a jump
/// from one side to the other (`179 … -179`), made into parts that each stay within ±180.
enum AntimeridianSplit {
    /// Whether `polygon` crosses the antimeridian, judged by its exterior ring. Either every position is within
    /// ±180 and some edge jumps more than 180 degrees of longitude (an edge along the antimeridian itself, from
    /// +180 to -180, does not count); or positions run continuously past +180 or -180 (up to ±360) from within the
    /// range. Either way the ring, made continuous, must span less than 360 degrees: anything else is not a
    /// crossing but positions off the globe.
    static func crosses(_ polygon: Polygon) -> Bool {
        let ring = polygon.exterior
        guard ring.count > 1, ring.allSatisfy({ abs($0.x) <= 360 }) else { return false }
        var jumps = false
        for i in ring.indices.dropFirst() {
            let (a, b) = (ring[i - 1].x, ring[i].x)
            if abs(b - a) > 180 && !(abs(a) == 180 && abs(b) == 180) { jumps = true }
        }
        let beyond = ring.contains { abs($0.x) > 180 }
        if beyond {
            guard !jumps, ring.contains(where: { abs($0.x) <= 180 }) else { return false }
        } else if !jumps {
            return false
        }
        guard let continuous = unwrapped(ring) else { return false }
        let xs = continuous.map(\.x)
        return xs.max()! - xs.min()! < 360
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
