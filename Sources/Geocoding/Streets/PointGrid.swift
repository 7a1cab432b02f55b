import Geodesy
/// Items filed by the grid cells (of a fixed size in degrees) their positions or extents touch, for finding what is
/// near a point without looking at everything.
public struct PointGrid: Sendable {
    /// The cell size in degrees.
    public let cellDegrees: Double
    private var cells: [Int64: [Int32]] = [:]

    public init(cellDegrees: Double) {
        self.cellDegrees = cellDegrees
    }

    /// Whether no item was filed.
    public var isEmpty: Bool { cells.isEmpty }

    private func index(_ degrees: Double) -> Int32 { Int32((degrees / cellDegrees).rounded(.down)) }

    private static func key(_ row: Int32, _ column: Int32) -> Int64 { Int64(row) << 32 | Int64(UInt32(bitPattern: column)) }

    /// Files `item` under the cell holding `point`.
    public mutating func insert(_ item: Int32, at point: GeoPoint) {
        cells[Self.key(index(point.latitude), index(point.longitude)), default: []].append(item)
    }

    /// Files `item` under every cell the box from `southWest` to `northEast` touches.
    public mutating func insert(_ item: Int32, southWest: GeoPoint, northEast: GeoPoint) {
        for row in index(southWest.latitude)...index(northEast.latitude) {
            for column in index(southWest.longitude)...index(northEast.longitude) {
                cells[Self.key(row, column), default: []].append(item)
            }
        }
    }

    /// The items filed under cells within `radius` metres of `point` (a superset of the items within that distance;
    /// an item may appear more than once).
    public func candidates(near point: GeoPoint, radius: Double) -> [Int32] {
        let geodesic = Geodesic.wgs84
        let north = geodesic.destination(from: point, bearing: 0, distance: radius).latitude
        let south = geodesic.destination(from: point, bearing: 180, distance: radius).latitude
        // The widest longitude span of the radius is at the window's edge nearest a pole.
        let poleward = abs(north) > abs(south) ? north : south
        let edge = GeoPoint(latitude: max(-89.9, min(89.9, poleward)), longitude: point.longitude)
        let span = max(
            abs(geodesic.destination(from: point, bearing: 90, distance: radius).longitude - point.longitude),
            abs(geodesic.destination(from: edge, bearing: 90, distance: radius).longitude - point.longitude)
        )
        var found: [Int32] = []
        for row in index(south)...index(north) {
            for column in index(point.longitude - span)...index(point.longitude + span) {
                if let items = cells[Self.key(row, column)] { found.append(contentsOf: items) }
            }
        }
        return found
    }

    /// The item nearest `point` by `distance` (metres, from the item's id), searching outwards up to `limit` metres.
    public func nearest(to point: GeoPoint, limit: Double, distance: (Int32) -> Double) -> (item: Int32, distance: Double)? {
        var radius = cellDegrees * 111_000 / 2
        while true {
            var best: (Int32, Double)?
            for item in candidates(near: point, radius: radius) {
                let measured = distance(item)
                if measured < best?.1 ?? .infinity { best = (item, measured) }
            }
            // Anything nearer than `radius` was among the candidates, so a best within it is the nearest.
            if let best, best.1 <= radius { return best.1 <= limit ? (best.0, best.1) : nil }
            if radius >= limit { return nil }
            radius = min(limit, radius * 4)
        }
    }
}
