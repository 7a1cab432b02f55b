import Foundation

/// Where a tenant's service plans and route templates are kept (the catalog's port; the stores implement it).
public protocol CatalogStoring: Sendable {
    /// The tenant's service plans, by name.
    func servicePlans(tenant: String) async throws -> [ServicePlan]
    /// The tenant's route templates, by name.
    func routeTemplates(tenant: String) async throws -> [RouteTemplate]
    /// Adds a service plan.
    func insert(_ plan: ServicePlan) async throws
    /// Adds a route template.
    func insert(_ template: RouteTemplate) async throws
    /// The template, or nil when the tenant has none by that id.
    func routeTemplate(id: String, tenant: String) async throws -> RouteTemplate?
    /// Whether the tenant has a plan with this id, and a zone with that one (true for a nil id).
    func references(plan: String?, zone: String?, tenant: String) async throws -> (planExists: Bool, zoneExists: Bool)
    /// The template's stops, oldest first.
    func stops(templateID: String, tenant: String) async throws -> [TemplateStop]
}

/// A route-template stop: the property it visits and whether the stop is active.
public struct TemplateStop: Sendable, Equatable, Codable {
    public var id: String
    public var propertyID: String
    public var isActive: Bool

    public init(id: String, propertyID: String, isActive: Bool) {
        self.id = id
        self.propertyID = propertyID
        self.isActive = isActive
    }
}
