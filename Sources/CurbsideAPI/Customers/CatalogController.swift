import CurbsideStore
import Customers
import Foundation
import Hummingbird

/// `/api/service-plans`, `/api/route-templates` (and their stops) and `/api/tenant/settings`.
struct CatalogController {
    let catalog: any CatalogStoring
    let service: CustomerService
    let now: @Sendable () -> Date = { Date() }

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

        init(_ record: ServicePlanRecord) {
            id = record.id
            name = record.name
            frequency = record.frequency
            priceCents = record.priceCents
            isActive = record.isActive
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

        init(_ record: RouteTemplateRecord) {
            id = record.id
            name = record.name
            dayOfWeek = record.dayOfWeek
            serviceZoneID = record.serviceZoneID
            servicePlanID = record.servicePlanID
            isActive = record.isActive
        }
    }

    struct List<Item: Encodable>: Encodable { var data: [Item] }

    @Sendable func listPlans(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try JSONBody.response(List(data: try await catalog.servicePlans(tenant: try context.requireTenant()).map(PlanBody.init)))
    }

    @Sendable func createPlan(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let body = try await JSONBody.decode(PlanBody.self, from: request, context: context)
        let plan = try CatalogRules.plan(name: body.name, frequency: body.frequency, priceCents: body.priceCents)
        let date = now()
        let record = ServicePlanRecord(
            tenantID: tenant, id: CatalogRules.newID("sp_"), name: plan.name, frequency: plan.frequency, priceCents: plan.priceCents,
            isActive: body.isActive ?? true, createdAt: date, updatedAt: date
        )
        try await catalog.insert(record)
        return try JSONBody.response(PlanBody(record), status: .created)
    }

    @Sendable func listTemplates(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try JSONBody.response(List(data: try await catalog.routeTemplates(tenant: try context.requireTenant()).map(TemplateBody.init)))
    }

    @Sendable func createTemplate(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let body = try await JSONBody.decode(TemplateBody.self, from: request, context: context)
        let template = try CatalogRules.template(name: body.name, dayOfWeek: body.dayOfWeek)
        let references = try await catalog.references(plan: body.servicePlanID, zone: body.serviceZoneID, tenant: tenant)
        guard references.planExists else { throw CustomerError.invalid(field: "service_plan_id", reason: "names no service plan") }
        guard references.zoneExists else { throw CustomerError.invalid(field: "service_zone_id", reason: "names no service zone") }
        let date = now()
        let record = RouteTemplateRecord(
            tenantID: tenant, id: CatalogRules.newID("rt_"), name: template.name, serviceZoneID: body.serviceZoneID,
            servicePlanID: body.servicePlanID, dayOfWeek: template.dayOfWeek, isActive: body.isActive ?? true, createdAt: date, updatedAt: date
        )
        try await catalog.insert(record)
        return try JSONBody.response(TemplateBody(record), status: .created)
    }

    struct StopBody: Encodable {
        var id: String
        var propertyID: String
        var isActive: Int

        enum CodingKeys: String, CodingKey { case id, propertyID = "property_id", isActive = "is_active" }
    }

    @Sendable func templateStops(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let id = try context.parameters.require("id")
        guard try await catalog.routeTemplate(id: id, tenant: tenant) != nil else { throw APIError.notFound("no route template \(id)") }
        let stops = try await catalog.stops(templateID: id, tenant: tenant)
        return try JSONBody.response(List(data: stops.map { StopBody(id: $0.id, propertyID: $0.propertyID, isActive: $0.isActive ? 1 : 0) }))
    }

    struct SettingsInput: Decodable {
        var trashDayMode: String?
        var defaultTrashDay: String?

        enum CodingKeys: String, CodingKey { case trashDayMode = "trash_day_mode", defaultTrashDay = "default_trash_day" }
    }

    @Sendable func showSettings(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try JSONBody.response(try await service.settings(tenant: try context.requireTenant()))
    }

    @Sendable func updateSettings(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let input = try await JSONBody.decode(SettingsInput.self, from: request, context: context)
        return try JSONBody.response(try await service.updateSettings(mode: input.trashDayMode, defaultTrashDay: input.defaultTrashDay, tenant: tenant))
    }
}
