import Customers

/// The service plans, zones and route templates customers refer to.
extension InMemoryCustomerSession {
    func servicePlanExists(id: String, tenant: String) throws -> Bool {
        tables.plans.contains { $0.tenantID == tenant && $0.id == id }
    }

    func servicePlanID(named name: String, tenant: String) throws -> String? {
        tables.plans.filter { $0.tenantID == tenant && NoCase.equal($0.name, name) }
            .min { NoCase.precedes($0.id, $1.id, folding: false) }?.id
    }

    func serviceZoneExists(id: String, tenant: String) throws -> Bool {
        tables.zones.contains { $0.tenantID == tenant && $0.id == id }
    }

    func serviceZoneID(named name: String, tenant: String) throws -> String? {
        tables.zones.filter { $0.tenantID == tenant && NoCase.equal($0.name, name) }
            .min { $0.position != $1.position ? $0.position < $1.position : NoCase.precedes($0.id, $1.id, folding: false) }?.id
    }

    func routeTemplateID(zoneID: String, planID: String, tenant: String) throws -> String? {
        tables.templates.filter { $0.tenantID == tenant && $0.zoneID == zoneID && $0.planID == planID && $0.isActive }
            .min(by: Self.templateOrder)?.id
    }

    func planName(_ id: String?, tenant: String) -> String? {
        tables.plans.first { $0.tenantID == tenant && $0.id == id }?.name
    }

    func zoneName(_ id: String?, tenant: String) -> String? {
        tables.zones.first { $0.tenantID == tenant && $0.id == id }?.name
    }

    /// By name, then id, both by bytes.
    static func templateOrder(_ a: TemplateRow, _ b: TemplateRow) -> Bool {
        a.name != b.name ? NoCase.precedes(a.name, b.name, folding: false) : NoCase.precedes(a.id, b.id, folding: false)
    }
}
