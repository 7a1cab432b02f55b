import Customers
import Foundation
import Hummingbird
import ZoneIndex
import Zones

/// `/api/zone-drafts…` for the token's tenant: drafts, their zones and imports, the impact preview and publishing.
struct ZoneDraftController {
    let territory: TerritoryService

    var routes: RouteCollection<TenantRequestContext> {
        let routes = RouteCollection(context: TenantRequestContext.self)
        routes.get(use: list)
        routes.post(use: create)
        routes.get("{id}", use: show)
        routes.delete("{id}", use: delete)
        routes.get("{id}/zones", use: listZones)
        routes.post("{id}/zones", use: createZone)
        routes.get("{id}/zones/{zone_id}", use: showZone)
        routes.put("{id}/zones/{zone_id}", use: replaceZone)
        routes.delete("{id}/zones/{zone_id}", use: deleteZone)
        routes.post("{id}/import", use: importFile)
        routes.get("{id}/impact", use: impact)
        routes.post("{id}/publish", use: publish)
        return routes
    }

    struct CreateInput: Decodable {
        var name: String?
        var note: String?
        var from: String?
    }

    struct PublishInput: Decodable {
        var effectiveAt: Date?
        var note: String?
        var rezone: Bool?

        enum CodingKeys: String, CodingKey {
            case effectiveAt = "effective_at", note, rezone
        }
    }

    struct ListBody: Encodable {
        var data: [ZoneDraftBody]
        var total: Int
    }

    struct ZoneListBody: Encodable {
        var data: [ServiceZoneController.ZoneBody]
        var total: Int
    }

    @Sendable func list(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let drafts = try await territory.drafts(tenant: try context.requireTenant())
        return try JSONBody.response(ListBody(data: drafts.map(ZoneDraftBody.init), total: drafts.count))
    }

    @Sendable func create(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let input = try await JSONBody.decode(CreateInput.self, from: request, context: context)
        guard let from = input.from else { throw APIError.validation("from is required: current or empty") }
        guard let origin = TerritoryService.DraftOrigin(rawValue: from) else {
            throw APIError.validation("from must be current or empty, not '\(from)'")
        }
        let draft = try await territory.createDraft(
            name: input.name, note: input.note, from: origin, tenant: tenant, by: ZoneAuthor(subject: context.subject)
        )
        return try JSONBody.response(ZoneDraftBody(draft), status: .created, headers: [.location: "/api/zone-drafts/\(draft.id)"])
    }

    @Sendable func show(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try JSONBody.response(ZoneDraftBody(try await territory.draft(id: try context.parameters.require("id"), tenant: try context.requireTenant())))
    }

    @Sendable func delete(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try await territory.deleteDraft(id: try context.parameters.require("id"), tenant: try context.requireTenant())
        return Response(status: .noContent)
    }

    @Sendable func listZones(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let zones = try await territory.draftZones(draftID: try context.parameters.require("id"), tenant: try context.requireTenant())
        return try JSONBody.response(ZoneListBody(data: zones.map(ServiceZoneController.ZoneBody.init), total: zones.count))
    }

    @Sendable func createZone(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let draftID = try context.parameters.require("id")
        let input = try await JSONBody.decode(ServiceZoneController.ZoneInput.self, from: request, context: context)
        let zone = try await territory.createDraftZone(input.draft, draftID: draftID, tenant: tenant)
        return try JSONBody.response(
            ServiceZoneController.ZoneBody(zone), status: .created, headers: [.location: "/api/zone-drafts/\(draftID)/zones/\(zone.id)"]
        )
    }

    @Sendable func showZone(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let zone = try await territory.draftZone(
            id: try context.parameters.require("zone_id"), draftID: try context.parameters.require("id"), tenant: try context.requireTenant()
        )
        return try JSONBody.response(ServiceZoneController.ZoneBody(zone))
    }

    @Sendable func replaceZone(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let input = try await JSONBody.decode(ServiceZoneController.ZoneInput.self, from: request, context: context)
        let zone = try await territory.replaceDraftZone(
            id: try context.parameters.require("zone_id"), with: input.draft, draftID: try context.parameters.require("id"), tenant: tenant
        )
        return try JSONBody.response(ServiceZoneController.ZoneBody(zone))
    }

    @Sendable func deleteZone(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try await territory.deleteDraftZone(
            id: try context.parameters.require("zone_id"), draftID: try context.parameters.require("id"), tenant: try context.requireTenant()
        )
        return Response(status: .noContent)
    }

    @Sendable func importFile(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let draftID = try context.parameters.require("id")
        _ = try await territory.draft(id: draftID, tenant: tenant)
        let body = try await ZoneFileBody(request, tenant: tenant)
        let result = try await territory.importDraft(body.file, mode: body.mode, draftID: draftID, tenant: tenant)
        return try JSONBody.response(ServiceZoneController.ImportBody(result, mode: body.mode))
    }

    @Sendable func impact(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let query = FormQuery(request)
        let csv = request.headers[.accept]?.lowercased().contains("text/csv") == true
        let paging = csv ? (page: 1, limit: Int.max) : try PageBody<RezoneMoveBody>.paging(query)
        let plan = try await territory.impact(draftID: try context.parameters.require("id"), tenant: tenant)
        if csv {
            return Response(
                status: .ok, headers: [.contentType: "text/csv; charset=utf-8", .contentDisposition: "attachment; filename=\"moves.csv\""],
                body: .init(byteBuffer: ByteBuffer(string: RezoneMovesCSV.text(plan.moves)))
            )
        }
        return try JSONBody.response(ImpactBody(plan, page: paging.page, limit: paging.limit))
    }

    @Sendable func publish(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let input = buffer.readableBytes == 0 ? PublishInput() : try JSONBody.decode(PublishInput.self, from: buffer)
        let version = try await territory.publish(
            draftID: try context.parameters.require("id"),
            TerritoryService.PublishRequest(effectiveAt: input.effectiveAt, note: input.note, rezone: input.rezone ?? true),
            tenant: tenant, by: ZoneAuthor(subject: context.subject)
        )
        return try JSONBody.response(ZoneVersionBody(version), status: .created, headers: [.location: "/api/zone-versions/\(version.id)"])
    }
}
