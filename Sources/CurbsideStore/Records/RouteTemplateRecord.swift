import Foundation
import Zones
import GRDB

/// One row of the `route_templates` table: a recurring route of a tenant, on one weekday, optionally tied to a
/// service zone and a service plan.
///
/// The zone and plan references carry no foreign key; deleting a zone clears the references to it instead.
public struct RouteTemplateRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "route_templates"


    public var tenantID: String
    /// An identifier such as `rt_k3v9q0m2x8a1b7c4`.
    public var id: String
    public var name: String
    /// The zone the route serves, in the same tenant, or nil.
    public var serviceZoneID: String?
    /// The plan the route fulfils, in the same tenant, or nil.
    public var servicePlanID: String?
    /// The weekday the route runs, `monday` … `sunday`.
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

    /// A new random identifier: `rt_` and 16 characters from `[a-z0-9]`.
    public static func newID() -> String { RecordID.make(prefix: "rt_") }

    enum CodingKeys: String, CodingKey {
        case tenantID = "tenant_id", id, name, serviceZoneID = "service_zone_id", servicePlanID = "service_plan_id"
        case dayOfWeek = "day_of_week", isActive = "is_active", createdAt = "created_at", updatedAt = "updated_at"
    }

    /// The columns queries filter and sort on.
    public enum Columns {
        public static let tenantID = Column(CodingKeys.tenantID)
        public static let id = Column(CodingKeys.id)
        public static let name = Column(CodingKeys.name)
        public static let serviceZoneID = Column(CodingKeys.serviceZoneID)
        public static let updatedAt = Column(CodingKeys.updatedAt)
    }
}

extension DerivableRequest<RouteTemplateRecord> {
    /// Templates of `tenant`.
    func tenant(_ tenant: String) -> Self {
        filter(RouteTemplateRecord.Columns.tenantID == tenant)
    }

    /// Templates tied to the zone `zoneID` (combine with `tenant(_:)`).
    func serving(zoneID: String) -> Self {
        filter(RouteTemplateRecord.Columns.serviceZoneID == zoneID)
    }
}
