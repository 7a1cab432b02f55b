import Customers
import Synchronization

/// An in-memory `CatalogStoring`: plans and templates added through it, over the zones and template stops of an
/// `InMemoryCustomerRepository`.
final class InMemoryCatalog: CatalogStoring {
    private let plans = Mutex<[ServicePlan]>([])
    private let templates = Mutex<[RouteTemplate]>([])
    let repository: InMemoryCustomerRepository

    init(repository: InMemoryCustomerRepository) {
        self.repository = repository
    }

    func servicePlans(tenant: String) async throws -> [ServicePlan] {
        plans.withLock { $0 }.filter { $0.tenantID == tenant }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    func routeTemplates(tenant: String) async throws -> [RouteTemplate] {
        templates.withLock { $0 }.filter { $0.tenantID == tenant }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    func insert(_ plan: ServicePlan) async throws {
        plans.withLock { $0.append(plan) }
    }

    func insert(_ template: RouteTemplate) async throws {
        templates.withLock { $0.append(template) }
    }

    func routeTemplate(id: String, tenant: String) async throws -> RouteTemplate? {
        templates.withLock { $0 }.first { $0.tenantID == tenant && $0.id == id }
    }

    func references(plan: String?, zone: String?, tenant: String) async throws -> (planExists: Bool, zoneExists: Bool) {
        let tables = repository.tables
        let planExists = plan.map { id in
            plans.withLock { $0 }.contains { $0.tenantID == tenant && $0.id == id } || tables.plans.contains { $0.tenantID == tenant && $0.id == id }
        } ?? true
        let zoneExists = zone.map { id in tables.zones.contains { $0.tenantID == tenant && $0.id == id } } ?? true
        return (planExists, zoneExists)
    }

    func stops(templateID: String, tenant: String) async throws -> [TemplateStop] {
        repository.tables.templateStops.filter { $0.tenantID == tenant && $0.templateID == templateID }
            .sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
            .map { TemplateStop(id: $0.id, propertyID: $0.propertyID, isActive: $0.isActive) }
    }
}
