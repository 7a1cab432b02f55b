import Foundation
import Hummingbird

/// The routes that need no tenant token: `GET /healthz` (503 when the database does not answer, so a load
/// balancer stops routing to the replica), `GET /openapi.json`, and `GET /metrics` for operators (the metrics
/// token; a tenant token is 403).
struct SystemController {
    let services: CurbsideServices

    struct Health: Encodable {
        var status: String
        var database: String
        var zones: Int
        var geocoder: String
    }

    func addRoutes(to router: Router<TenantRequestContext>) {
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
        router.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: OpenAPIDocument.json)))
        }
        router.get("metrics") { request, _ in
            try await authorizeOperator(request)
            return await Self.metricsResponse(services)
        }
    }

    /// Passes a request bearing the metrics token; a tenant's token is 403, anything else 401.
    private func authorizeOperator(_ request: Request) async throws {
        let token = try AuthenticationMiddleware.bearerToken(request)
        if let expected = services.metricsToken, MetricsToken.matches(token, expected) { return }
        _ = try await services.authority.verify(token)
        throw APIError.forbidden(
            "metrics are for operators: scrape the metrics listener (CURBSIDE_METRICS_PORT) or send CURBSIDE_METRICS_TOKEN as the bearer token"
        )
    }

    /// The Prometheus text of `services` (the webhook gauges only when the database answers).
    static func metricsResponse(_ services: CurbsideServices) async -> Response {
        let webhooks = try? await services.storage.webhooks.statistics()
        let text = services.metrics.exposition(zones: services.zones, geocoder: services.geocoder, webhooks: webhooks)
        return Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: text))
        )
    }
}

/// The operators' bearer token for `/metrics` on the main port.
enum MetricsToken {
    /// Whether `presented` is `expected`, compared in time that does not depend on where they differ.
    static func matches(_ presented: String, _ expected: String) -> Bool {
        let (a, b) = (Array(presented.utf8), Array(expected.utf8))
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
