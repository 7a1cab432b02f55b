/// Two active zones whose boundaries share area, and which of them answers for points there.
public struct CoverageOverlap: Sendable, Equatable, Codable {
    /// The two zones, in definition order.
    public var zoneIDs: [String]
    /// The geodesic area the two share, in square metres (every part of their intersection together).
    public var areaSquareMetres: Double
    /// The zone that wins the shared area: the higher priority, else the one defined first.
    public var winner: String
    /// The planar centroid of the shared area, in longitude/latitude; it may lie outside a non-convex overlap.
    public var centroid: CoveragePosition

    public init(zoneIDs: [String], areaSquareMetres: Double, winner: String, centroid: CoveragePosition) {
        self.zoneIDs = zoneIDs
        self.areaSquareMetres = areaSquareMetres
        self.winner = winner
        self.centroid = centroid
    }

    private enum CodingKeys: String, CodingKey {
        case zoneIDs = "zone_ids"
        case areaSquareMetres = "area_m2"
        case winner
        case centroid
    }
}
