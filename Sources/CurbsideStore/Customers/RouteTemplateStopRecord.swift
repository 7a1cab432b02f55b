import Foundation
import GRDB

/// One row of the `route_template_stops` table: a property served by a route template. Each property appears at
/// most once per template; a stop that no longer applies is kept, inactive.
struct RouteTemplateStopRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "route_template_stops"

    var tenantID: String
    /// An identifier such as `rts_k3v9q0m2x8a1b7c4`.
    var id: String
    var routeTemplateID: String
    var propertyID: String
    var isActive: Bool
    var createdAt: Date
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case tenantID = "tenant_id", id, routeTemplateID = "route_template_id", propertyID = "property_id"
        case isActive = "is_active", createdAt = "created_at", updatedAt = "updated_at"
    }

    /// The columns queries filter on and write.
    enum Columns {
        static let tenantID = Column(CodingKeys.tenantID)
        static let propertyID = Column(CodingKeys.propertyID)
        static let isActive = Column(CodingKeys.isActive)
        static let updatedAt = Column(CodingKeys.updatedAt)
    }

    /// A new random identifier: `rts_` and 16 characters from `[a-z0-9]`.
    static func newID() -> String { RecordID.make(prefix: "rts_") }

    /// Adds the stop as active, or reactivates the template's existing stop for the property.
    func activate(_ db: Database) throws {
        try db.execute(literal: """
            INSERT INTO route_template_stops
                (tenant_id, id, route_template_id, property_id, is_active, created_at, updated_at)
            VALUES (\(tenantID), \(id), \(routeTemplateID), \(propertyID), 1, \(createdAt), \(updatedAt))
            ON CONFLICT (tenant_id, route_template_id, property_id)
            DO UPDATE SET is_active = 1, updated_at = excluded.updated_at WHERE is_active = 0
            """)
    }
}

extension DerivableRequest<RouteTemplateStopRecord> {
    /// Stops of `tenant`.
    func tenant(_ tenant: String) -> Self {
        filter(RouteTemplateStopRecord.Columns.tenantID == tenant)
    }

    /// Stops at the property `propertyID` (combine with `tenant(_:)`).
    func at(propertyID: String) -> Self {
        filter(RouteTemplateStopRecord.Columns.propertyID == propertyID)
    }
}
