import Geodesy
/// The address range nearest a point, with the house number interpolated where the point meets the street.
public struct NearestStreetAddress: Sendable, Equatable {
    public var range: StreetRange
    public var number: Int
    /// Metres from the point to the street's centre line.
    public var distance: Double
}

extension StreetRangeIndex {
    /// The address on the street nearest `point` within `limit` metres: the range on the side of the street the
    /// point is on (the other side's when that side has none).
    public func nearestAddress(to point: GeoPoint, within limit: Double) -> NearestStreetAddress? {
        guard !edges.isEmpty else { return nil }
        var best: (edge: Int32, distance: Double, fraction: Double, side: StreetSide)?
        var seen = Set<Int32>()
        for edge in grid.candidates(near: point, radius: limit) where seen.insert(edge).inserted {
            let nearest = edges[Int(edge)].nearest(to: point)
            if nearest.distance <= limit, nearest.distance < best?.distance ?? .infinity {
                best = (edge, nearest.distance, nearest.fraction, nearest.side)
            }
        }
        guard let best else { return nil }
        let along = rangesOfEdge[Int(best.edge)].map { ranges[Int($0)] }
        guard let range = along.first(where: { $0.side == best.side }) ?? along.first else { return nil }
        return NearestStreetAddress(range: range, number: range.number(at: best.fraction), distance: best.distance)
    }
}
