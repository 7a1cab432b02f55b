import Foundation
import Zones

/// The rules of a tenant's catalog: service plans, route templates and tenant settings.
public struct CatalogService: Sendable {
    let catalog: any CatalogStoring
    let customers: any CustomerRepository
    let now: @Sendable () -> Date
    /// Assesses a tenant's properties again when its boundary uncertainties change.
    let assignments: AssignmentRefresh?

    public init(
        catalog: any CatalogStoring, customers: any CustomerRepository, assignments: AssignmentRefresh? = nil,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.assignments = assignments
        self.catalog = catalog
        self.customers = customers
        self.now = now
    }

    /// The tenant's service plans, by name.
    public func servicePlans(tenant: String) async throws -> [ServicePlan] {
        try await catalog.servicePlans(tenant: tenant)
    }

    /// Adds a plan (active unless `isActive` is false) with a new `sp_` id.
    public func createPlan(name: String?, frequency: String?, priceCents: Int?, isActive: Bool?, tenant: String) async throws -> ServicePlan {
        let checked = try CatalogRules.plan(name: name, frequency: frequency, priceCents: priceCents)
        let date = now()
        let plan = ServicePlan(
            tenantID: tenant, id: CatalogRules.newID("sp_"), name: checked.name, frequency: checked.frequency,
            priceCents: checked.priceCents, isActive: isActive ?? true, createdAt: date, updatedAt: date
        )
        try await catalog.insert(plan)
        return plan
    }

    /// The tenant's route templates, by name.
    public func routeTemplates(tenant: String) async throws -> [RouteTemplate] {
        try await catalog.routeTemplates(tenant: tenant)
    }

    /// Adds a template with a new `rt_` id; the plan and zone it names must be the tenant's.
    public func createTemplate(
        name: String?, dayOfWeek: String?, servicePlanID: String?, serviceZoneID: String?, isActive: Bool?, tenant: String
    ) async throws -> RouteTemplate {
        let checked = try CatalogRules.template(name: name, dayOfWeek: dayOfWeek)
        let references = try await catalog.references(plan: servicePlanID, zone: serviceZoneID, tenant: tenant)
        guard references.planExists else { throw CustomerError.invalid(field: "service_plan_id", reason: "names no service plan") }
        guard references.zoneExists else { throw CustomerError.invalid(field: "service_zone_id", reason: "names no service zone") }
        let date = now()
        let template = RouteTemplate(
            tenantID: tenant, id: CatalogRules.newID("rt_"), name: checked.name, serviceZoneID: serviceZoneID,
            servicePlanID: servicePlanID, dayOfWeek: checked.dayOfWeek, isActive: isActive ?? true, createdAt: date, updatedAt: date
        )
        try await catalog.insert(template)
        return template
    }

    /// The stops of the tenant's template `id`, oldest first.
    public func stops(templateID id: String, tenant: String) async throws -> [TemplateStop] {
        guard try await catalog.routeTemplate(id: id, tenant: tenant) != nil else { throw CustomerError.notFound(kind: "route template", id: id) }
        return try await catalog.stops(templateID: id, tenant: tenant)
    }

    /// The tenant's settings.
    public func settings(tenant: String) async throws -> TenantSettings {
        try await customers.read { try $0.tenantSettings(tenant: tenant) }
    }

    /// Changes the tenant's settings; new boundary uncertainties assess the tenant's properties again.
    public func updateSettings(
        mode: String?, defaultTrashDay: String?, uncertainty: BoundaryUncertaintyChanges = BoundaryUncertaintyChanges(), tenant: String
    ) async throws -> TenantSettings {
        let (settings, before) = try await customers.write { store in
            let current = try store.tenantSettings(tenant: tenant)
            let settings = try CatalogRules.settings(mode: mode, defaultTrashDay: defaultTrashDay, uncertainty: uncertainty, current: current)
            try store.saveTenantSettings(settings, tenant: tenant)
            return (settings, current.boundaryUncertainty)
        }
        if settings.boundaryUncertainty != before { await assignments?.refresh(tenant: tenant) }
        return settings
    }
}
