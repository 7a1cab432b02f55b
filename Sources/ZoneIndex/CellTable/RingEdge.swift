/// One edge of a ring, from (x1, y1) to (x2, y2) in ring order.
struct RingEdge: Sendable {
    var x1: Double
    var y1: Double
    var x2: Double
    var y2: Double
}

/// Where a point lies relative to an area.
enum PointLocation: UInt8, Sendable {
    case exterior
    case interior
    case boundary
    /// Too close to an edge for double precision to decide; ask GEOS.
    case undecided
}

/// The orientation of q relative to the directed line p1 → p2: 1 left (counter-clockwise), -1 right, 0 on it,
/// or 2 when double precision cannot tell.
///
/// This is GEOS's `orientationIndexFilter` (CGAlgorithmsDD), so whenever it decides, it decides as GEOS does;
/// where GEOS would go on in double-double arithmetic, the caller defers to GEOS.
@inline(__always)
func orientationIndex(_ p1x: Double, _ p1y: Double, _ p2x: Double, _ p2y: Double, _ qx: Double, _ qy: Double) -> Int {
    let detLeft = (p1x - qx) * (p2y - qy)
    let detRight = (p1y - qy) * (p2x - qx)
    let det = detLeft - detRight
    let detSum: Double
    if detLeft > 0 {
        if detRight <= 0 { return det > 0 ? 1 : (det < 0 ? -1 : 0) }
        detSum = detLeft + detRight
    } else if detLeft < 0 {
        if detRight >= 0 { return det > 0 ? 1 : (det < 0 ? -1 : 0) }
        detSum = -detLeft - detRight
    } else {
        return det > 0 ? 1 : (det < 0 ? -1 : 0)
    }
    let errorBound = 1e-15 * detSum
    if det >= errorBound || -det >= errorBound { return det > 0 ? 1 : (det < 0 ? -1 : 0) }
    return 2
}
