/// A polygon: an exterior ring and zero or more holes. Rings are closed (first position equals last).
public struct Polygon: Hashable, Sendable {
    public var exterior: [Coordinate]
    public var holes: [[Coordinate]]

    public init(exterior: [Coordinate], holes: [[Coordinate]] = []) {
        self.exterior = exterior
        self.holes = holes
    }

    /// Every ring, exterior first.
    public var rings: [[Coordinate]] { [exterior] + holes }

    /// The box around the exterior ring.
    public var boundingBox: BoundingBox? { BoundingBox(covering: exterior) }
}

/// A zone's area: one polygon or several.
public enum ZoneBoundary: Hashable, Sendable {
    case polygon(Polygon)
    case multiPolygon([Polygon])

    /// The polygons, whichever the form.
    public var polygons: [Polygon] {
        switch self {
        case .polygon(let polygon): [polygon]
        case .multiPolygon(let polygons): polygons
        }
    }

    /// The box around every polygon, or nil when there are none.
    public var boundingBox: BoundingBox? {
        polygons.compactMap(\.boundingBox).reduce(nil) { $0?.union($1) ?? $1 }
    }

    /// The number of positions over all rings.
    public var vertexCount: Int {
        polygons.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.count } }
    }
}
