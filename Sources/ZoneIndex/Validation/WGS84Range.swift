/// The range of WGS84 longitude and latitude, and the floating-point noise at its edges that GIS tools accept.
enum WGS84Range {
    /// How far beyond ±180 or ±90 a position may lie and still count as on the edge: rounding in a reprojection or
    /// in a writer's decimal output (`180.00000000000006`), not a position off the globe.
    static let tolerance = 1e-9

    /// Moves every position of `ring` lying beyond ±180 or ±90 by at most `tolerance` onto the edge; returns how
    /// many it moved.
    static func clamp(_ ring: inout [Coordinate]) -> Int {
        var moved = 0
        for i in ring.indices {
            let c = ring[i]
            var x = c.x, y = c.y
            if abs(x) > 180 && abs(x) - 180 <= tolerance { x = x > 0 ? 180 : -180 }
            if abs(y) > 90 && abs(y) - 90 <= tolerance { y = y > 0 ? 90 : -90 }
            if x != c.x || y != c.y {
                ring[i] = Coordinate(x: x, y: y)
                moved += 1
            }
        }
        return moved
    }

    /// Whether `c` is a WGS84 longitude, latitude.
    static func contains(_ c: Coordinate) -> Bool {
        abs(c.x) <= 180 && abs(c.y) <= 90
    }

    /// What to tell a user about a ring with `c` outside the range, suggesting only what would fix it.
    static func advice(for c: Coordinate) -> String {
        let position = "(\(c.x), \(c.y))"
        if abs(c.x) <= 90 && abs(c.y) <= 180 && abs(c.y) > 90 {
            return "position \(position) is outside WGS84 longitude/latitude but would fit as (latitude, longitude); "
                + "GeoJSON positions are longitude first: swap the file's axes"
        }
        if abs(c.x) > 540 || abs(c.y) > 180 {
            return "position \(position) is outside WGS84 longitude/latitude and looks projected; "
                + "name the file's CRS (a crs member, the layer's CRS, or --crs)"
        }
        return "position \(position) is outside WGS84 longitude/latitude"
    }
}
