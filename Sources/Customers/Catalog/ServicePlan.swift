import Foundation

/// A pickup plan a tenant sells.
public struct ServicePlan: Sendable, Equatable {
    public var tenantID: String
    /// An identifier such as `sp_weekly_standard`.
    public var id: String
    public var name: String
    /// How often pickups happen: one of `CatalogRules.frequencies`.
    public var frequency: String
    public var priceCents: Int
    public var isActive: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        tenantID: String, id: String, name: String, frequency: String, priceCents: Int, isActive: Bool = true, createdAt: Date,
        updatedAt: Date
    ) {
        self.tenantID = tenantID
        self.id = id
        self.name = name
        self.frequency = frequency
        self.priceCents = priceCents
        self.isActive = isActive
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
