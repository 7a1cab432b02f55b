import Foundation
import GRDB

/// One row of the `service_plans` table: a pickup plan a tenant sells.
public struct ServicePlanRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "service_plans"


    public var tenantID: String
    /// An identifier such as `sp_weekly_standard`.
    public var id: String
    public var name: String
    /// How often pickups happen: `weekly`, `biweekly` or `monthly`.
    public var frequency: String
    public var priceCents: Int
    public var isActive: Bool
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        tenantID: String, id: String, name: String, frequency: String, priceCents: Int, isActive: Bool = true,
        createdAt: Date, updatedAt: Date
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

    enum CodingKeys: String, CodingKey {
        case tenantID = "tenant_id", id, name, frequency, priceCents = "price_cents", isActive = "is_active"
        case createdAt = "created_at", updatedAt = "updated_at"
    }

    /// The columns queries filter and sort on.
    public enum Columns {
        public static let tenantID = Column(CodingKeys.tenantID)
        public static let id = Column(CodingKeys.id)
        public static let name = Column(CodingKeys.name)
    }
}

extension DerivableRequest<ServicePlanRecord> {
    /// Plans of `tenant`.
    func tenant(_ tenant: String) -> Self {
        filter(ServicePlanRecord.Columns.tenantID == tenant)
    }
}
