import CurbsideStore
import Foundation
import Hummingbird
import ZoneIndex

/// `GET/POST /api/service-zones` and `GET/PUT/DELETE /api/service-zones/{id}` for the token's tenant.
struct ServiceZoneController {
    let store: any ZoneStoring
    let registry: ZoneIndexRegistry

    var routes: RouteCollection<TenantRequestContext> {
        let routes = RouteCollection(context: TenantRequestContext.self)
        routes.get(use: list)
        routes.post(use: create)
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

        func zone(id: String, tenant: String) throws -> Zone {
            let trimmedName = name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmedName.isEmpty else { throw APIError.validation("name must not be empty") }
            var zips: [String] = []
            for (offset, zip) in (zipCodes ?? []).enumerated() {
                guard let code = ZIPCode.normalize(zip) else { throw APIError.validation("zip_codes[\(offset)] '\(zip)' is not a ZIP code") }
                if !zips.contains(code) { zips.append(code) }
            }
            let valid: ZoneBoundary
            do { valid = try boundary.validated() } catch {
                throw APIError(.unprocessableContent, code: "invalid_boundary", message: "boundary: \(error)")
            }
            return Zone(id: id, tenantID: tenant, name: trimmedName, priority: priority ?? 0, isActive: isActive ?? true, zipCodes: zips, boundary: valid)
        }
    }

    @Sendable func list(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let zones = try await store.zones(tenant: try context.requireTenant())
        return try JSONBody.response(ListBody(data: zones.map(ZoneBody.init), total: zones.count))
    }

    struct ListBody: Encodable {
        var data: [ZoneBody]
        var total: Int
    }

    @Sendable func show(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let id = try context.parameters.require("id")
        guard let zone = try await store.zone(id: id, tenant: tenant) else { throw APIError.notFound("no service zone \(id)") }
        return try JSONBody.response(ZoneBody(zone))
    }

    @Sendable func create(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let input = try await JSONBody.decode(ZoneInput.self, from: request, context: context)
        if let id = input.id, !Self.isValidID(id) {
            throw APIError.validation("id must start with sz_ and hold only letters, digits, _ and - (at most 64 characters)")
        }
        let zone = try input.zone(id: input.id ?? ZoneStore.newZoneID(), tenant: tenant)
        do {
            try await store.insert(zone)
        } catch ZoneStoreError.duplicateID(let id) {
            throw APIError.conflict("a service zone with id \(id) already exists")
        }
        try await registry.reload(tenant: tenant)
        return try JSONBody.response(ZoneBody(zone), status: .created, headers: [.location: "/api/service-zones/\(zone.id)"])
    }

    @Sendable func update(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let id = try context.parameters.require("id")
        let input = try await JSONBody.decode(ZoneInput.self, from: request, context: context)
        if let bodyID = input.id, bodyID != id { throw APIError.validation("id in the body (\(bodyID)) differs from the path (\(id))") }
        let zone = try input.zone(id: id, tenant: tenant)
        guard try await store.update(zone) else { throw APIError.notFound("no service zone \(id)") }
        try await registry.reload(tenant: tenant)
        return try JSONBody.response(ZoneBody(zone))
    }

    @Sendable func delete(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let tenant = try context.requireTenant()
        let id = try context.parameters.require("id")
        guard try await store.delete(id: id, tenant: tenant) else { throw APIError.notFound("no service zone \(id)") }
        try await registry.reload(tenant: tenant)
        return Response(status: .noContent)
    }

    static func isValidID(_ id: String) -> Bool {
        id.hasPrefix("sz_") && id.count <= 64 && id.count > 3
            && id.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) && $0.isASCII || $0 == "_" || $0 == "-" }
    }
}
