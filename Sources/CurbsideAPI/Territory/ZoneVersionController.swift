import Foundation
import Hummingbird
import ZoneIndex
import Zones
import Customers

/// `GET /api/zone-versions`, `GET /api/zone-versions/{id}` and `DELETE /api/zone-versions/{id}` (cancel a scheduled
/// version) for the token's tenant.
struct ZoneVersionController {
    let zones: ZoneService
    let territory: TerritoryService

    var routes: RouteCollection<TenantRequestContext> {
        let routes = RouteCollection(context: TenantRequestContext.self)
        routes.get(use: list)
        routes.get("{id}", use: show)
        routes.delete("{id}", use: cancel)
        return routes
    }

    struct ListBody: Encodable {
        var data: [ZoneVersionBody]
        var total: Int
    }

    @Sendable func list(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let versions = try await zones.versions(tenant: try context.requireTenant())
        return try JSONBody.response(ListBody(data: versions.map(ZoneVersionBody.init), total: versions.count))
    }

    /// The version's zone set as a GeoJSON FeatureCollection with the version's metadata as its `version` member.
    @Sendable func show(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let (version, set) = try await zones.version(id: try context.parameters.require("id"), tenant: try context.requireTenant())
        var collection = try ZoneFile.geoJSON(set)
        let metadata = try JSONBody.encoder.encode(ZoneVersionBody(version))
        guard collection.first == UInt8(ascii: "{") else { throw APIError.internalError }
        collection.insert(contentsOf: Data("\"version\":".utf8) + metadata + Data(",".utf8), at: collection.startIndex + 1)
        return Response(status: .ok, headers: [.contentType: "application/geo+json"], body: .init(byteBuffer: ByteBuffer(data: collection)))
    }

    @Sendable func cancel(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let version = try await territory.cancel(versionID: try context.parameters.require("id"), tenant: try context.requireTenant())
        return try JSONBody.response(ZoneVersionBody(version))
    }
}
