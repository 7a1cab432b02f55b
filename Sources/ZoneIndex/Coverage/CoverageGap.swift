/// An area enclosed by the union of the active zones that no active zone covers: a hole of the union, less any
/// zones lying inside it (a zone's own hole, like an airport left out, counts).
public struct CoverageGap: Sendable, Equatable, Codable {
    /// The geodesic area, in square metres.
    public var areaSquareMetres: Double
    /// The planar centroid, in longitude/latitude; it may lie outside a non-convex gap.
    public var centroid: CoveragePosition

    public init(areaSquareMetres: Double, centroid: CoveragePosition) {
        self.areaSquareMetres = areaSquareMetres
        self.centroid = centroid
    }

    private enum CodingKeys: String, CodingKey {
        case areaSquareMetres = "area_m2"
        case centroid
    }
}
