/// A boundary reads and writes as a GeoJSON geometry object (`Polygon` or `MultiPolygon`).
extension ZoneBoundary: Codable {
    private enum CodingKeys: String, CodingKey { case type, coordinates }

    public init(from decoder: Decoder) throws {
        switch try GeoJSONGeometry(from: decoder) {
        case .polygon(let rings):
            self = .polygon(Polygon(exterior: rings.first ?? [], holes: Array(rings.dropFirst())))
        case .multiPolygon(let polygons):
            self = .multiPolygon(polygons.map { Polygon(exterior: $0.first ?? [], holes: Array($0.dropFirst())) })
        case .other(let type):
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath + [CodingKeys.type],
                debugDescription: "a boundary must be a Polygon or MultiPolygon, not \(type)"
            ))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        func rings(_ polygon: Polygon) -> [[[Double]]] { polygon.rings.map { $0.map { [$0.x, $0.y] } } }
        switch self {
        case .polygon(let polygon):
            try container.encode("Polygon", forKey: .type)
            try container.encode(rings(polygon), forKey: .coordinates)
        case .multiPolygon(let polygons):
            try container.encode("MultiPolygon", forKey: .type)
            try container.encode(polygons.map(rings), forKey: .coordinates)
        }
    }

    /// The boundary when it is valid WGS84 (finite, in range, closed rings of four or more positions, OGC-valid
    /// by GEOS); otherwise every problem found, with GEOS's reason and location.
    public func validated() throws(InvalidBoundaryError) -> ZoneBoundary {
        let outcome = BoundaryValidator(transformer: nil, repair: false, offersRepair: false).check(self)
        guard let boundary = outcome.boundary, outcome.problems.isEmpty else { throw InvalidBoundaryError(problems: outcome.problems) }
        return boundary
    }
}

/// Why a boundary is not usable.
public struct InvalidBoundaryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Each problem, e.g. `invalid boundary: Self-intersection at (-97.7, 30.2)`.
    public var problems: [String]

    public var description: String { problems.joined(separator: "; ") }
}
