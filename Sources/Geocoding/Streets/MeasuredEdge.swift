import Foundation
import Geodesy

/// A street edge with the geodesic length and bearing of each of its segments, for placing points along it.
struct MeasuredEdge: Sendable {
    let id: Int64
    let points: [GeoPoint]
    /// Metres from the first point to each point.
    let cumulative: [Double]
    /// The bearing at the start of each segment, degrees clockwise from north.
    let bearings: [Double]

    init(_ edge: StreetEdge) {
        id = edge.id
        points = edge.points
        var cumulative = [0.0]
        var bearings: [Double] = []
        cumulative.reserveCapacity(points.count)
        bearings.reserveCapacity(points.count - 1)
        for index in points.indices.dropLast() {
            let leg = Geodesic.wgs84.inverse(points[index], points[index + 1])
            cumulative.append(cumulative[index] + leg.distance)
            bearings.append(leg.initialBearing)
        }
        self.cumulative = cumulative
        self.bearings = bearings
    }

    var length: Double { cumulative.last ?? 0 }

    /// The point `fraction` of the way along the edge, moved `offset` metres to `side` of it.
    func point(at fraction: Double, side: StreetSide, offset: Double) -> GeoPoint {
        let target = fraction * length
        var segment = 0
        while segment < bearings.count - 1, cumulative[segment + 1] < target { segment += 1 }
        let (onLine, bearing) = Geodesic.wgs84.destinationAndBearing(
            from: points[segment], bearing: bearings[segment], distance: target - cumulative[segment]
        )
        guard offset > 0 else { return onLine }
        return Geodesic.wgs84.destination(from: onLine, bearing: bearing + (side == .right ? 90 : -90), distance: offset)
    }

    /// The point of the edge nearest `point`: its distance in metres, how far along the edge it is (0…1), and the side
    /// of the edge `point` is on.
    func nearest(to point: GeoPoint) -> (distance: Double, fraction: Double, side: StreetSide) {
        let geodesic = Geodesic.wgs84
        var best = (distance: Double.infinity, along: 0.0, side: StreetSide.right)
        for segment in bearings.indices {
            let length = cumulative[segment + 1] - cumulative[segment]
            let start = points[segment]
            // The foot of the perpendicular: where the bearing to the point is square to the edge's. Each step moves
            // along the segment by the along-track part of the geodesic from the current foot to the point, until the
            // step is under a millimetre.
            var along = 0.0
            var (foot, bearing) = (start, bearings[segment])
            var fromFoot = geodesic.inverse(foot, point)
            for _ in 0..<6 where length > 0 {
                let step = fromFoot.distance * cos((fromFoot.initialBearing - bearing) * .pi / 180)
                let next = min(length, max(0, along + step))
                if abs(next - along) < 0.001 { break }
                along = next
                (foot, bearing) = geodesic.destinationAndBearing(from: start, bearing: bearings[segment], distance: along)
                fromFoot = geodesic.inverse(foot, point)
            }
            if fromFoot.distance < best.distance {
                var turn = (fromFoot.initialBearing - bearing).truncatingRemainder(dividingBy: 360)
                if turn < -180 { turn += 360 } else if turn > 180 { turn -= 360 }
                best = (fromFoot.distance, cumulative[segment] + along, turn >= 0 ? .right : .left)
            }
        }
        return (best.distance, length > 0 ? best.along / length : 0.5, best.side)
    }

    /// The corners of the box around the edge's points.
    var box: (southWest: GeoPoint, northEast: GeoPoint) {
        var southWest = points[0], northEast = points[0]
        for point in points {
            southWest.latitude = min(southWest.latitude, point.latitude)
            southWest.longitude = min(southWest.longitude, point.longitude)
            northEast.latitude = max(northEast.latitude, point.latitude)
            northEast.longitude = max(northEast.longitude, point.longitude)
        }
        return (southWest, northEast)
    }
}
