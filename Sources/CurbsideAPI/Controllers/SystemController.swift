import Foundation
import Hummingbird

/// `GET /healthz` (no token; 503 when the database does not answer, so a load balancer stops routing to the
/// replica), `GET /metrics` and `GET /openapi.json`.
struct SystemController {
    let services: CurbsideServices

    struct Health: Encodable {
        var status: String
        var database: String
        var zones: Int
        var geocoder: String
    }

    func addPublicRoutes(to router: Router<TenantRequestContext>) {
        router.get("healthz") { _, _ in
            let zones = services.zones.all.values.reduce(0) { $0 + $1.zones.count }
            let reachable = (try? await services.storage.ping(timeout: .seconds(2))) != nil
            return try JSONBody.response(
                Health(
                    status: reachable ? "ok" : "unavailable", database: reachable ? "ok" : "unreachable", zones: zones,
                    geocoder: services.geocoder.provider.name
                ),
                status: reachable ? .ok : .serviceUnavailable
            )
        }
    }

    var routes: RouteCollection<TenantRequestContext> {
        let routes = RouteCollection(context: TenantRequestContext.self)
        routes.get("metrics") { _, _ in
            let text = services.metrics.exposition(zones: services.zones, geocoder: services.geocoder)
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: text))
            )
        }
        routes.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: OpenAPIDocument.json)))
        }
        return routes
    }
}
