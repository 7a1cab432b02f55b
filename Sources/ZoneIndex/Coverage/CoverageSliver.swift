/// An overlap or gap too small to be meant (under the report's sliver threshold): likely a digitising error.
public struct CoverageSliver: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case overlap
        case gap
    }

    public var kind: Kind
    /// The geodesic area, in square metres.
    public var areaSquareMetres: Double
    /// The planar centroid, in longitude/latitude.
    public var centroid: CoveragePosition
    /// For an overlap, the two zones in definition order; nil for a gap.
    public var zoneIDs: [String]?
    /// For an overlap, the zone that wins it; nil for a gap.
    public var winner: String?

    /// An overlap under the threshold.
    public init(_ overlap: CoverageOverlap) {
        self.kind = .overlap
        self.areaSquareMetres = overlap.areaSquareMetres
        self.centroid = overlap.centroid
        self.zoneIDs = overlap.zoneIDs
        self.winner = overlap.winner
    }

    /// A gap under the threshold.
    public init(_ gap: CoverageGap) {
        self.kind = .gap
        self.areaSquareMetres = gap.areaSquareMetres
        self.centroid = gap.centroid
        self.zoneIDs = nil
        self.winner = nil
    }

    private enum CodingKeys: String, CodingKey {
        case kind
        case areaSquareMetres = "area_m2"
        case centroid
        case zoneIDs = "zone_ids"
        case winner
    }
}
