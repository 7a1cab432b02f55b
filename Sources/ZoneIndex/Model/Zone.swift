/// A service zone: an area of one tenant, found by its boundary or by the ZIP codes it lists.
public struct Zone: Hashable, Sendable, Identifiable {
    public var id: String
    public var tenantID: String
    public var name: String
    /// Where zones overlap, the one with the larger priority wins.
    public var priority: Int
    /// Inactive zones never match.
    public var isActive: Bool
    /// Five-digit ZIP codes this zone serves; the fallback when no boundary holds a point.
    public var zipCodes: [String]
    public var boundary: ZoneBoundary

    public init(
        id: String,
        tenantID: String = Zone.defaultTenant,
        name: String,
        priority: Int = 0,
        isActive: Bool = true,
        zipCodes: [String] = [],
        boundary: ZoneBoundary
    ) {
        self.id = id
        self.tenantID = tenantID
        self.name = name
        self.priority = priority
        self.isActive = isActive
        self.zipCodes = zipCodes
        self.boundary = boundary
    }

    /// The tenant of zones loaded from files without one.
    public static let defaultTenant = "default"
}
