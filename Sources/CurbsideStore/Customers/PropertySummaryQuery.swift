import Customers
import GRDB

/// A tenant's properties as the API shows them: each with its plan and zone names from the same tenant.
struct PropertySummaryQuery {
    let tenant: String

    /// The property `id`, or nil when the tenant has none by that id.
    func fetchOne(_ db: Database, id: String) throws -> PropertySummary? {
        try fetch(db, where: "properties.id = \(id)").first
    }

    /// Every property of the customer, active or not, oldest first.
    func fetchAll(_ db: Database, customerID: String) throws -> [PropertySummary] {
        try fetch(db, where: "properties.customer_id = \(customerID)")
    }

    private func fetch(_ db: Database, where condition: SQL) throws -> [PropertySummary] {
        let sql: SQL = """
            SELECT properties.*,
                service_plans.name AS service_plan_name,
                service_zones.name AS service_zone_name
            FROM properties
            LEFT JOIN service_plans
                ON service_plans.tenant_id = properties.tenant_id AND service_plans.id = properties.service_plan_id
            LEFT JOIN service_zones
                ON service_zones.tenant_id = properties.tenant_id AND service_zones.id = properties.service_zone_id
            WHERE properties.tenant_id = \(tenant) AND (\(condition))
            ORDER BY properties.created_at, properties.id
            """
        return try SQLRequest<Row>(literal: sql).fetchAll(db).map { row in
            PropertySummary(
                property: try PropertyRecord(row: row).property(),
                servicePlanName: row["service_plan_name"],
                serviceZoneName: row["service_zone_name"]
            )
        }
    }
}
