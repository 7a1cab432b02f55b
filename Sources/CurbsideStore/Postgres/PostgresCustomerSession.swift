import Customers
import Foundation
import Zones
import PostgresNIO

/// One read or one transaction of a `PostgresCustomerRepository`: the PostgreSQL counterpart of `CustomerSession`,
/// reading and writing the same rows with the same meaning. In a writing transaction, the first call for a tenant
/// takes the tenant's lock, so the transaction's reads and writes happen as if no other write to that tenant's
/// data ran meanwhile.
struct PostgresCustomerSession: CustomerWriting {
    let session: PostgresSession
    /// The time stamped on rows this session writes on its own account (route-template stops, tenant settings).
    let now: Date

    func customer(id: String, tenant: String, includingDeleted: Bool) throws -> Customer? {
        try session.lockTenant(tenant)
        let record = try session.fetchOne(
            CustomerRecord.self,
            "SELECT * FROM customers WHERE tenant_id = \(tenant) AND id = \(id) AND (deleted_at IS NULL OR \(includingDeleted))"
        )
        return try record?.customer()
    }

    func customerSummary(id: String, tenant: String) throws -> CustomerSummary? {
        try session.lockTenant(tenant)
        return try PostgresCustomerSummaries(session: session, tenant: tenant).summaries(ids: [id]).first
    }

    func customers(tenant: String, query: CustomerQuery) throws -> (rows: [CustomerSummary], total: Int) {
        try session.lockTenant(tenant)
        let summaries = PostgresCustomerSummaries(session: session, tenant: tenant, filters: query)
        let limit = max(query.limit, 0)
        let (offset, overflow) = (max(query.page, 1) - 1).multipliedReportingOverflow(by: limit)
        let ids = try summaries.pageIDs(sort: query.sort, limit: limit, offset: overflow ? Int.max : offset)
        return (try summaries.summaries(ids: ids), try summaries.count())
    }

    func duplicates(tenant: String, email: String?, addressKey: String?) throws -> [Customer] {
        try session.lockTenant(tenant)
        guard email != nil || addressKey != nil else { return [] }
        return try session.fetchAll(
            CustomerRecord.self,
            """
            SELECT * FROM customers WHERE tenant_id = \(tenant) AND deleted_at IS NULL
            AND (lower(email) = lower(\(email)) OR address_key = \(addressKey))
            ORDER BY created_at, id COLLATE "C"
            """
        ).map { try $0.customer() }
    }

    func property(id: String, tenant: String) throws -> Property? {
        try session.lockTenant(tenant)
        return try session.fetchOne(PropertyRecord.self, "SELECT * FROM properties WHERE tenant_id = \(tenant) AND id = \(id)")?.property()
    }

    func propertySummary(id: String, tenant: String) throws -> PropertySummary? {
        try session.lockTenant(tenant)
        return try propertySummaries(tenant: tenant, condition: "properties.id = $2", id).first
    }

    func properties(customerID: String, tenant: String) throws -> [PropertySummary] {
        try session.lockTenant(tenant)
        return try propertySummaries(tenant: tenant, condition: "properties.customer_id = $2", customerID)
    }

    private func propertySummaries(tenant: String, condition: String, _ value: String) throws -> [PropertySummary] {
        var query = PostgresQuery(unsafeSQL: """
            SELECT properties.*, service_plans.name AS service_plan_name, service_zones.name AS service_zone_name
            FROM properties
            LEFT JOIN service_plans
                ON service_plans.tenant_id = properties.tenant_id AND service_plans.id = properties.service_plan_id
            LEFT JOIN service_zones
                ON service_zones.tenant_id = properties.tenant_id AND service_zones.id = properties.service_zone_id
            WHERE properties.tenant_id = $1 AND \(condition)
            ORDER BY properties.created_at, properties.id COLLATE "C"
            """)
        query.binds.append(tenant)
        query.binds.append(value)
        return try session.query(query).map { row in
            let cells = row.makeRandomAccess()
            return PropertySummary(
                property: try PropertyRecord(from: PostgresRowDecoder(row: cells)).property(),
                servicePlanName: try cells["service_plan_name"].decode(String?.self),
                serviceZoneName: try cells["service_zone_name"].decode(String?.self)
            )
        }
    }

    func tenantSettings(tenant: String) throws -> TenantSettings {
        try session.lockTenant(tenant)
        return try session.fetchOne(TenantSettingsRecord.self, "SELECT * FROM tenant_settings WHERE tenant_id = \(tenant)")?.settings ?? TenantSettings()
    }

    func servicePlanExists(id: String, tenant: String) throws -> Bool {
        try session.lockTenant(tenant)
        return try session.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM service_plans WHERE tenant_id = \(tenant) AND id = \(id))") ?? false
    }

    /// One statement; before the tenant's lock on a first attempt, confirmed under it (`readBeforeLock`).
    func writeChecks(plan: String?, zone: String?, tenant: String) throws -> WriteChecks {
        let checks: PostgresQuery = """
            SELECT (\(plan)::text IS NULL OR EXISTS (SELECT 1 FROM service_plans WHERE tenant_id = \(tenant) AND id = \(plan))),
                   (\(zone)::text IS NULL OR EXISTS (SELECT 1 FROM service_zones WHERE tenant_id = \(tenant) AND id = \(zone))),
                   settings.trash_day_mode, settings.default_trash_day
            FROM (SELECT 1) AS one LEFT JOIN tenant_settings AS settings ON settings.tenant_id = \(tenant)
            """
        let rows = try session.readBeforeLock(tenant: tenant, checks) { rows in
            let row = rows[0].makeRandomAccess()
            // Divides by zero, failing, unless the checks still answer the same.
            var confirmation = checks
            let first = checks.binds.count + 1
            confirmation.sql = """
                SELECT 1 / (CASE WHEN (c.plan, c.zone, c.mode, c.day) IS NOT DISTINCT FROM
                    ($\(first)::boolean, $\(first + 1)::boolean, $\(first + 2)::text, $\(first + 3)::text) THEN 1 ELSE 0 END)
                FROM (\(checks.sql)) AS c(plan, zone, mode, day)
                """
            confirmation.binds.append(try row[0].decode(Bool.self))
            confirmation.binds.append(try row[1].decode(Bool.self))
            confirmation.binds.append(try row[2].decode(String?.self))
            confirmation.binds.append(try row[3].decode(String?.self))
            return confirmation
        }
        let row = rows[0].makeRandomAccess()
        var settings = TenantSettings()
        if let mode = try row[2].decode(String?.self) {
            guard let known = TrashDayMode(rawValue: mode) else { throw PostgresStoreError.server(sqlState: "", message: "unknown trash_day_mode \(mode)") }
            settings = TenantSettings(trashDayMode: known, defaultTrashDay: try row[3].decode(String?.self))
        }
        return WriteChecks(planExists: try row[0].decode(Bool.self), zoneExists: try row[1].decode(Bool.self), settings: settings)
    }

    func servicePlanID(named name: String, tenant: String) throws -> String? {
        try session.lockTenant(tenant)
        return try session.value(
            String.self,
            "SELECT id FROM service_plans WHERE tenant_id = \(tenant) AND lower(name) = lower(\(name)) ORDER BY id COLLATE \"C\" LIMIT 1"
        )
    }

    func serviceZoneExists(id: String, tenant: String) throws -> Bool {
        try session.lockTenant(tenant)
        return try session.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM service_zones WHERE tenant_id = \(tenant) AND id = \(id))") ?? false
    }

    func serviceZoneID(named name: String, tenant: String) throws -> String? {
        try session.lockTenant(tenant)
        return try session.value(
            String.self,
            "SELECT id FROM service_zones WHERE tenant_id = \(tenant) AND lower(name) = lower(\(name)) ORDER BY position, id COLLATE \"C\" LIMIT 1"
        )
    }

    func routeTemplateID(zoneID: String, planID: String, tenant: String) throws -> String? {
        try session.lockTenant(tenant)
        return try session.value(
            String.self,
            """
            SELECT id FROM route_templates
            WHERE tenant_id = \(tenant) AND service_zone_id = \(zoneID) AND service_plan_id = \(planID) AND is_active
            ORDER BY name COLLATE "C", id COLLATE "C" LIMIT 1
            """
        )
    }
}

/// Writes, inside the transaction the session belongs to.
extension PostgresCustomerSession {
    func insert(_ customer: Customer) throws {
        try session.lockTenant(customer.tenantID)
        try session.insert(try CustomerRecord(customer), into: CustomerRecord.databaseTableName)
    }

    func update(_ customer: Customer) throws {
        try session.lockTenant(customer.tenantID)
        guard try session.update(try CustomerRecord(customer), in: CustomerRecord.databaseTableName) else {
            throw CustomerError.notFound(kind: "customer", id: customer.id)
        }
    }

    func insert(_ property: Property) throws {
        try session.lockTenant(property.tenantID)
        try session.insert(PropertyRecord(property), into: PropertyRecord.databaseTableName)
    }

    func update(_ property: Property) throws {
        try session.lockTenant(property.tenantID)
        guard try session.update(PropertyRecord(property), in: PropertyRecord.databaseTableName) else {
            throw CustomerError.notFound(kind: "property", id: property.id)
        }
    }

    func saveTenantSettings(_ settings: TenantSettings, tenant: String) throws {
        try session.lockTenant(tenant)
        try session.send("""
            INSERT INTO tenant_settings (
                tenant_id, trash_day_mode, default_trash_day, rooftop_uncertainty_m, street_uncertainty_m, manual_uncertainty_m, updated_at)
            VALUES (\(tenant), \(settings.trashDayMode.rawValue), \(settings.defaultTrashDay), \(settings.boundaryUncertainty.rooftop),
                \(settings.boundaryUncertainty.street), \(settings.boundaryUncertainty.manual), \(now))
            ON CONFLICT (tenant_id) DO UPDATE SET trash_day_mode = excluded.trash_day_mode,
                default_trash_day = excluded.default_trash_day, rooftop_uncertainty_m = excluded.rooftop_uncertainty_m,
                street_uncertainty_m = excluded.street_uncertainty_m, manual_uncertainty_m = excluded.manual_uncertainty_m,
                updated_at = excluded.updated_at
            """)
    }

    func deactivateTemplateStops(propertyID: String, tenant: String) throws {
        try session.lockTenant(tenant)
        try session.send("""
            UPDATE route_template_stops SET is_active = false, updated_at = \(now)
            WHERE tenant_id = \(tenant) AND property_id = \(propertyID) AND is_active
            """)
    }

    func activateTemplateStop(templateID: String, propertyID: String, tenant: String) throws {
        try session.lockTenant(tenant)
        try session.send("""
            INSERT INTO route_template_stops AS s
                (tenant_id, id, route_template_id, property_id, is_active, created_at, updated_at)
            VALUES (\(tenant), \(RouteTemplateStopRecord.newID()), \(templateID), \(propertyID), true, \(now), \(now))
            ON CONFLICT (tenant_id, route_template_id, property_id)
            DO UPDATE SET is_active = true, updated_at = excluded.updated_at WHERE NOT s.is_active
            """)
    }

    func enqueue(_ event: OutboxEvent) throws {
        try session.lockTenant(event.tenantID)
        try session.insert(OutboxEventRecord(event), into: OutboxEventRecord.databaseTableName)
    }
}
