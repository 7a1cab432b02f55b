import ZoneIndex

/// Whether two boundaries are the same area drawn alike: the same polygons with the same rings, each ring's
/// positions within `tolerance` degrees, whatever the ring's starting position and direction and whether one
/// polygon is written as a Polygon or a MultiPolygon of one. Formats differ in exactly those ways.
func sameBoundary(_ a: ZoneBoundary, _ b: ZoneBoundary, tolerance: Double = 1e-6) -> Bool {
    let left = a.polygons, right = b.polygons
    guard left.count == right.count else { return false }
    var unmatched = right
    for polygon in left {
        guard let found = unmatched.firstIndex(where: { samePolygon(polygon, $0, tolerance) }) else { return false }
        unmatched.remove(at: found)
    }
    return true
}

private func samePolygon(_ a: Polygon, _ b: Polygon, _ tolerance: Double) -> Bool {
    guard a.holes.count == b.holes.count, sameRing(a.exterior, b.exterior, tolerance) else { return false }
    var unmatched = b.holes
    for hole in a.holes {
        guard let found = unmatched.firstIndex(where: { sameRing(hole, $0, tolerance) }) else { return false }
        unmatched.remove(at: found)
    }
    return true
}

/// Closed rings compared as cycles: `b` is rotated to start nearest `a`'s start, then read forwards or backwards.
private func sameRing(_ a: [Coordinate], _ b: [Coordinate], _ tolerance: Double) -> Bool {
    guard a.count == b.count, a.count >= 4 else { return a == b }
    let cycleA = Array(a.dropLast()), cycleB = Array(b.dropLast())
    func close(_ p: Coordinate, _ q: Coordinate) -> Bool { abs(p.x - q.x) <= tolerance && abs(p.y - q.y) <= tolerance }
    guard let start = cycleB.indices.min(by: { distance(cycleB[$0], cycleA[0]) < distance(cycleB[$1], cycleA[0]) }) else { return false }
    let n = cycleB.count
    let forwards = (0..<n).allSatisfy { close(cycleA[$0], cycleB[(start + $0) % n]) }
    let backwards = (0..<n).allSatisfy { close(cycleA[$0], cycleB[(start - $0 + n) % n]) }
    return forwards || backwards
}

private func distance(_ p: Coordinate, _ q: Coordinate) -> Double {
    (p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)
}
