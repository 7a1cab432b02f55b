/// How the properties of a tenant fall into its zones, counted by the caller (from stored properties, or from
/// a file of points) and carried by a coverage report as its `properties` object.
public struct CoveragePropertyTally: Sendable, Equatable, Codable {
    /// Every property counted.
    public var total: Int
    /// Properties by how their zone was found: `polygon`, `zip`, `manual`, `none`.
    public var byMethod: [String: Int]
    /// Properties whose placement needs a person to look at it.
    public var review: Int
    /// The review count by reason (e.g. `outside_zones`, `zip_only`).
    public var byReason: [String: Int]

    public init(total: Int, byMethod: [String: Int], review: Int, byReason: [String: Int]) {
        self.total = total
        self.byMethod = byMethod
        self.review = review
        self.byReason = byReason
    }

    /// The methods every tally lists, with 0 where none was counted.
    public static let methods = ["polygon", "zip", "manual", "none"]

    private enum CodingKeys: String, CodingKey {
        case total
        case byMethod = "by_method"
        case review
        case byReason = "by_reason"
    }
}
