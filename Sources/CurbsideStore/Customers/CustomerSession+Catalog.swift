import Customers
import GRDB

/// The service plans, zones and route templates customers refer to.
extension CustomerSession {
    func servicePlanExists(id: String, tenant: String) throws -> Bool {
        try ServicePlanRecord.all().tenant(tenant).filter(ServicePlanRecord.Columns.id == id).isEmpty(db) == false
    }

    func servicePlanID(named name: String, tenant: String) throws -> String? {
        try ServicePlanRecord.all().tenant(tenant)
            .filter(ServicePlanRecord.Columns.name.collating(.nocase) == name)
            .order(ServicePlanRecord.Columns.id)
            .select(ServicePlanRecord.Columns.id, as: String.self)
            .fetchOne(db)
    }

    func serviceZoneExists(id: String, tenant: String) throws -> Bool {
        try ServiceZoneRecord.all().tenant(tenant).zone(id: id).isEmpty(db) == false
    }

    func serviceZoneID(named name: String, tenant: String) throws -> String? {
        try SQLRequest<String>(literal: """
            SELECT id FROM service_zones WHERE tenant_id = \(tenant) AND name = \(name) COLLATE NOCASE
            ORDER BY position, id LIMIT 1
            """).fetchOne(db)
    }

    func routeTemplateID(zoneID: String, planID: String, tenant: String) throws -> String? {
        try SQLRequest<String>(literal: """
            SELECT id FROM route_templates
            WHERE tenant_id = \(tenant) AND service_zone_id = \(zoneID) AND service_plan_id = \(planID) AND is_active
            ORDER BY name, id LIMIT 1
            """).fetchOne(db)
    }
}
