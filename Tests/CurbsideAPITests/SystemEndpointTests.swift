import CurbsideAPI
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Health, metrics, OpenAPI and errors")
struct SystemEndpointTests {
    @Test func metricsCountRequestsMatchesAndCache() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: #"{"lat":30.2747,"lng":-97.7404}"#.buffer) { _ in }
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: #"{"lat":95,"lng":0}"#.buffer) { _ in }
            try await client.execute(uri: "/geocode?address=Austin%2C%20TX", method: .get, headers: headers) { _ in }
            try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(TestService.metricsToken)"]) { response in
                #expect(response.status == .ok)
                let text = response.body.text
                #expect(text.contains(#"curbside_http_requests_total{route="/match-zone",method="POST",status="200"} 1"#))
                #expect(text.contains(#"curbside_http_requests_total{route="/match-zone",method="POST",status="422"} 1"#))
                #expect(text.contains(#"curbside_http_request_duration_seconds_bucket{route="/match-zone",method="POST",status="200",le="+Inf"} 1"#))
                #expect(text.contains(#"curbside_zone_matches_total{method="polygon"} 1"#))
                #expect(text.contains(#"curbside_zones{tenant="acme"} 14"#))
                #expect(text.contains(#"curbside_zone_index_build_seconds{tenant="acme"}"#))
                #expect(text.contains("curbside_geocode_cache_misses 1"))
                #expect(text.contains("curbside_geocode_cache_hits 0"))
            }
        }
    }

    @Test func theOpenAPIDocumentDescribesExactlyTheRouterRoutes() async throws {
        let service = try await TestService()
        let router = buildRouter(services: service.services)
        let routes = Set(router.routes.map { "\($0.method.rawValue.lowercased()) \($0.path.description)" })
        let headers = try await service.headers()
        let document: [String: Any] = try await service.app.test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get, headers: headers) { $0.body.json }
        }
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, item in
            item.keys.filter { ["get", "post", "put", "delete", "patch"].contains($0) }.map { "\($0) \(path)" }
        })
        #expect(documented == routes)
        // Every schema reference resolves.
        let schemas = try #require((document["components"] as? [String: Any])?["schemas"] as? [String: Any])
        let text = String(decoding: try JSONSerialization.data(withJSONObject: document, options: [.withoutEscapingSlashes]), as: UTF8.self)
        let references = text.components(separatedBy: "#/components/schemas/").dropFirst().map { String($0.prefix { $0 != "\"" && $0 != "\\" }) }
        #expect(!references.isEmpty)
        for reference in references { #expect(schemas[reference] != nil, "\(reference)") }
    }

    @Test func unknownRoutesAndWrongMethodsAndBigBodies() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/nowhere", method: .get, headers: headers) {
                #expect($0.status == .notFound && errorCode($0.body) == "not_found")
            }
            try await client.execute(uri: "/match-zone", method: .get, headers: headers) {
                #expect($0.status == .methodNotAllowed)
                #expect($0.headers[.allow] == "POST")
                #expect(errorCode($0.body) == "method_not_allowed")
            }
            try await client.execute(uri: "/api/service-zones/sz_x", method: .post, headers: headers) {
                #expect($0.status == .methodNotAllowed)
                #expect($0.headers[.allow] == "DELETE, GET, PUT")
            }
            // A literal route beside a parameter route: only the literal route's methods are allowed.
            for (path, allowed) in [("/api/customers/import", "POST"), ("/api/customers/check-duplicate", "GET")] {
                try await client.execute(uri: path, method: .delete, headers: headers) {
                    #expect($0.status == .methodNotAllowed && $0.headers[.allow] == allowed, "\(path): \($0.headers[.allow] ?? "-")")
                }
            }
            let huge = ByteBuffer(repeating: UInt8(ascii: " "), count: TenantRequestContext.maximumBodySize + 1)
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: huge) {
                #expect($0.status == .contentTooLarge && errorCode($0.body) == "body_too_large", "\($0.status) \($0.body.text)")
            }
        }
    }
}
