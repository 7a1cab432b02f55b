import Customers
import Hummingbird
import ZoneIndex
import Zones

/// `GET/POST /api/service-zones`, `POST /api/service-zones/import`, `GET /api/service-zones/coverage` and
/// `GET/PUT/DELETE /api/service-zones/{id}` for the token's tenant.
struct ServiceZoneController {
    let service: ZoneService
    let coverage: ZoneCoverageService

    var routes: RouteCollection<TenantRequestContext> {
        let routes = RouteCollection(context: TenantRequestContext.self)
        routes.get(use: list)
        routes.post(use: create)
        routes.post("import", use: importFile)
        routes.get("coverage", use: coverageReport)
        routes.get("{id}", use: show)
        routes.put("{id}", use: update)
        routes.delete("{id}", use: delete)
        return routes
    }

    /// A zone as the API shows it.
    struct ZoneBody: Encodable {
        var id: String
        var name: String
        var boundary: ZoneBoundary
        var zipCodes: [String]
        var priority: Int
        var isActive: Bool

        init(_ zone: Zone) {
            id = zone.id
            name = zone.name
            boundary = zone.boundary
            zipCodes = zone.zipCodes
            priority = zone.priority
            isActive = zone.isActive
        }

        enum CodingKeys: String, CodingKey {
            case id, name, boundary, priority, zipCodes = "zip_codes", isActive = "is_active"
        }
    }

    /// A create or replace request.
    struct ZoneInput: Decodable {
        var id: String?
        var name: String
        var boundary: ZoneBoundary
        var zipCodes: [String]?
        var priority: Int?
        var isActive: Bool?

        enum CodingKeys: String, CodingKey {
            case id, name, boundary, priority, zipCodes = "zip_codes", isActive = "is_active"
        }

        var draft: ZoneDraft {
            ZoneDraft(id: id, name: name, boundary: boundary, zipCodes: zipCodes, priority: priority, isActive: isActive)
        }
    }

    @Sendable func list(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        switch FormQuery(request)["format"] {
        case nil, "json":
            let zones = try await service.zones(tenant: tenant)
            return try JSONBody.response(ListBody(data: zones.map(ZoneBody.init), total: zones.count))
        case "geojson":
            let data = try await service.geoJSON(tenant: tenant)
            return Response(status: .ok, headers: [.contentType: "application/geo+json"], body: .init(byteBuffer: ByteBuffer(data: data)))
        case let other?:
            throw APIError.badQuery("format must be json or geojson, not '\(other)'")
        }
    }

    @Sendable func importFile(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let body = try await ZoneFileBody(request, tenant: tenant)
        return try JSONBody.response(ImportBody(try await service.importFile(body.file, mode: body.mode, tenant: tenant, by: ZoneAuthor(subject: context.subject)), mode: body.mode))
    }

    @Sendable func coverageReport(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try JSONBody.response(try await coverage.report(tenant: try context.requireTenant()))
    }

    struct ListBody: Encodable {
        var data: [ZoneBody]
        var total: Int
    }

    @Sendable func show(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let zone = try await service.zone(id: try context.parameters.require("id"), tenant: try context.requireTenant())
        return try JSONBody.response(ZoneBody(zone))
    }

    @Sendable func create(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let input = try await JSONBody.decode(ZoneInput.self, from: request, context: context)
        let zone = try await service.create(input.draft, tenant: tenant, by: ZoneAuthor(subject: context.subject))
        return try JSONBody.response(ZoneBody(zone), status: .created, headers: [.location: "/api/service-zones/\(zone.id)"])
    }

    @Sendable func update(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let id = try context.parameters.require("id")
        let input = try await JSONBody.decode(ZoneInput.self, from: request, context: context)
        return try JSONBody.response(ZoneBody(try await service.replace(id: id, with: input.draft, tenant: tenant, by: ZoneAuthor(subject: context.subject))))
    }

    @Sendable func delete(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try await service.delete(id: try context.parameters.require("id"), tenant: try context.requireTenant(), by: ZoneAuthor(subject: context.subject))
        return Response(status: .noContent)
    }
}
