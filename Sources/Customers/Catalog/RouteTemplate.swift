import Foundation
import Zones

/// A recurring route of a tenant on one weekday, optionally tied to a service zone and a service plan.
public struct RouteTemplate: Sendable, Equatable {
    public var tenantID: String
    /// An identifier such as `rt_k3v9q0m2x8a1b7c4`.
    public var id: String
    public var name: String
    /// The zone the route serves, in the same tenant, or nil.
    public var serviceZoneID: String?
    /// The plan the route fulfils, in the same tenant, or nil.
    public var servicePlanID: String?
    /// The weekday the route runs: one of `CatalogRules.daysOfWeek`.
    public var dayOfWeek: String
    public var isActive: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        tenantID: String, id: String, name: String, serviceZoneID: String?, servicePlanID: String?, dayOfWeek: String,
        isActive: Bool = true, createdAt: Date, updatedAt: Date
    ) {
        self.tenantID = tenantID
        self.id = id
        self.name = name
        self.serviceZoneID = serviceZoneID
        self.servicePlanID = servicePlanID
        self.dayOfWeek = dayOfWeek
        self.isActive = isActive
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
