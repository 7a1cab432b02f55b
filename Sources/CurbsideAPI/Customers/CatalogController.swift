import Customers
import Hummingbird
import Zones

/// `/api/service-plans`, `/api/route-templates` (and their stops) and `/api/tenant/settings`.
struct CatalogController {
    let service: CatalogService

    func addRoutes(to group: RouterGroup<TenantRequestContext>) {
        group.get("api/service-plans", use: listPlans)
        group.post("api/service-plans", use: createPlan)
        group.get("api/route-templates", use: listTemplates)
        group.post("api/route-templates", use: createTemplate)
        group.get("api/route-templates/{id}/stops", use: templateStops)
        group.get("api/tenant/settings", use: showSettings)
        group.put("api/tenant/settings", use: updateSettings)
    }

    struct PlanBody: Codable {
        var id: String?
        var name: String?
        var frequency: String?
        var priceCents: Int?
        var isActive: Bool?

        enum CodingKeys: String, CodingKey { case id, name, frequency, priceCents = "price_cents", isActive = "is_active" }

        init(_ plan: ServicePlan) {
            id = plan.id
            name = plan.name
            frequency = plan.frequency
            priceCents = plan.priceCents
            isActive = plan.isActive
        }
    }

    struct TemplateBody: Codable {
        var id: String?
        var name: String?
        var dayOfWeek: String?
        var serviceZoneID: String?
        var servicePlanID: String?
        var isActive: Bool?

        enum CodingKeys: String, CodingKey {
            case id, name, dayOfWeek = "day_of_week", serviceZoneID = "service_zone_id", servicePlanID = "service_plan_id", isActive = "is_active"
        }

        init(_ template: RouteTemplate) {
            id = template.id
            name = template.name
            dayOfWeek = template.dayOfWeek
            serviceZoneID = template.serviceZoneID
            servicePlanID = template.servicePlanID
            isActive = template.isActive
        }
    }

    struct List<Item: Encodable>: Encodable { var data: [Item] }

    @Sendable func listPlans(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try JSONBody.response(List(data: try await service.servicePlans(tenant: try context.requireTenant()).map(PlanBody.init)))
    }

    @Sendable func createPlan(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let body = try await JSONBody.decode(PlanBody.self, from: request, context: context)
        let plan = try await service.createPlan(
            name: body.name, frequency: body.frequency, priceCents: body.priceCents, isActive: body.isActive, tenant: tenant
        )
        return try JSONBody.response(PlanBody(plan), status: .created)
    }

    @Sendable func listTemplates(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try JSONBody.response(List(data: try await service.routeTemplates(tenant: try context.requireTenant()).map(TemplateBody.init)))
    }

    @Sendable func createTemplate(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let body = try await JSONBody.decode(TemplateBody.self, from: request, context: context)
        let template = try await service.createTemplate(
            name: body.name, dayOfWeek: body.dayOfWeek, servicePlanID: body.servicePlanID, serviceZoneID: body.serviceZoneID,
            isActive: body.isActive, tenant: tenant
        )
        return try JSONBody.response(TemplateBody(template), status: .created)
    }

    struct StopBody: Encodable {
        var id: String
        var propertyID: String
        var isActive: Int

        enum CodingKeys: String, CodingKey { case id, propertyID = "property_id", isActive = "is_active" }
    }

    @Sendable func templateStops(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let stops = try await service.stops(templateID: try context.parameters.require("id"), tenant: try context.requireTenant())
        return try JSONBody.response(List(data: stops.map { StopBody(id: $0.id, propertyID: $0.propertyID, isActive: $0.isActive ? 1 : 0) }))
    }

    struct SettingsInput: Decodable {
        var trashDayMode: String?
        var defaultTrashDay: String?
        var boundaryUncertainty: BoundaryUncertaintyChanges?

        enum CodingKeys: String, CodingKey {
            case trashDayMode = "trash_day_mode", defaultTrashDay = "default_trash_day", boundaryUncertainty = "boundary_uncertainty_m"
        }
    }

    /// Tenant settings as the API shows them.
    struct SettingsBody: Encodable {
        var trashDayMode: String
        var defaultTrashDay: String?
        var boundaryUncertainty: BoundaryUncertainty

        enum CodingKeys: String, CodingKey {
            case trashDayMode = "trash_day_mode", defaultTrashDay = "default_trash_day", boundaryUncertainty = "boundary_uncertainty_m"
        }

        init(_ settings: TenantSettings) {
            trashDayMode = settings.trashDayMode.rawValue
            defaultTrashDay = settings.defaultTrashDay
            boundaryUncertainty = settings.boundaryUncertainty
        }
    }

    @Sendable func showSettings(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try JSONBody.response(SettingsBody(try await service.settings(tenant: try context.requireTenant())))
    }

    @Sendable func updateSettings(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let input = try await JSONBody.decode(SettingsInput.self, from: request, context: context)
        let settings = try await service.updateSettings(
            mode: input.trashDayMode, defaultTrashDay: input.defaultTrashDay, uncertainty: input.boundaryUncertainty ?? BoundaryUncertaintyChanges(),
            tenant: tenant
        )
        return try JSONBody.response(SettingsBody(settings))
    }
}
