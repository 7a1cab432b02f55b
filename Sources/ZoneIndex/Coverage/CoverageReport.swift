/// How a zone set covers its area: where active zones overlap, the holes the union of active zones leaves, the
/// slivers among both, and (when the caller counts them) how properties fall into the zones.
///
/// Encodes as `{"zones", "overlaps", "gaps", "slivers", "properties", "zones_without_properties"}`; the last two
/// are left out when not counted.
public struct CoverageReport: Sendable, Equatable, Codable {
    /// The number of active zones examined.
    public var zones: Int
    /// Overlaps of at least the sliver threshold, in the definition order of their first zone, then second.
    public var overlaps: [CoverageOverlap]
    /// Gaps of at least the sliver threshold, largest first.
    public var gaps: [CoverageGap]
    /// Overlaps (first, in the same order) and gaps (then, largest first) under the sliver threshold.
    public var slivers: [CoverageSliver]
    /// How properties fall into the zones, when counted.
    public var properties: CoveragePropertyTally?
    /// The active zones no counted property falls in, in definition order, when counted.
    public var zonesWithoutProperties: [String]?

    public init(
        zones: Int,
        overlaps: [CoverageOverlap],
        gaps: [CoverageGap],
        slivers: [CoverageSliver],
        properties: CoveragePropertyTally? = nil,
        zonesWithoutProperties: [String]? = nil
    ) {
        self.zones = zones
        self.overlaps = overlaps
        self.gaps = gaps
        self.slivers = slivers
        self.properties = properties
        self.zonesWithoutProperties = zonesWithoutProperties
    }

    private enum CodingKeys: String, CodingKey {
        case zones
        case overlaps
        case gaps
        case slivers
        case properties
        case zonesWithoutProperties = "zones_without_properties"
    }
}
