import CurbsideAPI
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Every route × every role: a token may call what its role includes and gets 403 `forbidden`, naming the role
/// needed, for the rest.
@Suite("Roles")
struct RoleTests {
    /// The role every route needs, written out: a route the router has and this table lacks fails the suite.
    static let expected: [String: Role] = [
        "POST /match-zone": .viewer, "POST /match-zone/batch": .viewer, "GET /geocode": .viewer, "POST /geocode": .viewer,
        "GET /reverse-geocode": .viewer,
        "GET /api/service-zones": .viewer, "GET /api/service-zones/{id}": .viewer, "GET /api/service-zones/coverage": .viewer,
        "POST /api/service-zones": .admin,
        "POST /api/service-zones/import": .admin, "PUT /api/service-zones/{id}": .admin, "DELETE /api/service-zones/{id}": .admin,
        "GET /api/customers": .viewer, "GET /api/customers/check-duplicate": .viewer, "GET /api/customers/{id}": .viewer,
        "GET /api/customers/{id}/history": .viewer, "GET /api/customers/{id}/export": .viewer, "GET /api/customers/{id}/properties": .viewer,
        "GET /api/properties": .viewer,
        "POST /api/customers": .editor, "POST /api/customers/import": .editor, "PUT /api/customers/{id}": .editor,
        "DELETE /api/customers/{id}": .editor, "PUT /api/customers/{id}/restore": .editor, "DELETE /api/customers/{id}/gdpr-delete": .editor,
        "POST /api/customers/{id}/properties": .editor, "PUT /api/properties/{id}": .editor, "DELETE /api/properties/{id}": .editor,
        "GET /api/service-plans": .viewer, "GET /api/route-templates": .viewer, "GET /api/route-templates/{id}/stops": .viewer,
        "GET /api/tenant/settings": .viewer,
        "POST /api/service-plans": .admin, "POST /api/route-templates": .admin, "PUT /api/tenant/settings": .admin,
        "GET /api/zone-versions": .viewer, "GET /api/zone-versions/{id}": .viewer, "DELETE /api/zone-versions/{id}": .admin,
        "GET /api/zone-drafts": .viewer, "GET /api/zone-drafts/{id}": .viewer, "GET /api/zone-drafts/{id}/zones": .viewer,
        "GET /api/zone-drafts/{id}/zones/{zone_id}": .viewer, "GET /api/zone-drafts/{id}/impact": .viewer,
        "GET /api/properties/{id}/zone-history": .viewer,
        "POST /api/zone-drafts": .admin, "DELETE /api/zone-drafts/{id}": .admin, "POST /api/zone-drafts/{id}/zones": .admin,
        "PUT /api/zone-drafts/{id}/zones/{zone_id}": .admin, "DELETE /api/zone-drafts/{id}/zones/{zone_id}": .admin,
        "POST /api/zone-drafts/{id}/import": .admin, "POST /api/zone-drafts/{id}/publish": .admin,
        "GET /api/webhooks": .admin, "POST /api/webhooks": .admin, "GET /api/webhooks/{id}": .admin, "PUT /api/webhooks/{id}": .admin,
        "DELETE /api/webhooks/{id}": .admin, "POST /api/webhooks/{id}/rotate-secret": .admin, "GET /api/webhooks/{id}/deliveries": .admin,
        "POST /api/webhooks/{id}/deliveries/{delivery_id}/retry": .admin,
    ]
    /// The routes that take no tenant token.
    static let open: Set<String> = ["GET /healthz", "GET /openapi.json", "GET /metrics"]

    static func routeKeys(_ service: TestService) -> [String] {
        buildRouter(services: service.services).routes.map { "\($0.method.rawValue) /\($0.path.description.drop { $0 == "/" })" }
    }

    @Test func everyRouteHasARoleAndThePolicyIsTheTable() async throws {
        let service = try await TestService()
        let routes = Self.routeKeys(service)
        for route in routes where !Self.open.contains(route) {
            #expect(Self.expected[route] != nil, "\(route) has no role in this table: decide which role it needs")
        }
        #expect(AccessPolicy.roles == Self.expected)
        #expect(Set(routes).isSuperset(of: Self.expected.keys), "the table names routes the router lacks")
    }

    /// A request for `route` with `{id}` filled in and a JSON body where one is taken.
    static func request(_ route: String) -> (method: HTTPRequest.Method, uri: String, body: ByteBuffer?) {
        let parts = route.split(separator: " ", maxSplits: 1)
        let method = HTTPRequest.Method(rawValue: String(parts[0]))!
        let path = parts[1].replacingOccurrences(of: "{id}", with: "nonexistent")
        let uri = path == "/geocode" && method == .get ? "/geocode?address=Austin%2C%20TX" : path
        return (method, uri, method == .get || method == .delete ? nil : "{}".buffer)
    }

    @Test(arguments: Role.allCases)
    func eachRoleCallsWhatItIncludesAndIsRefusedTheRest(role: Role) async throws {
        let service = try await TestService()
        let headers = try await service.headers(role: role)
        try await service.app.test(.router) { client in
            for (route, needed) in Self.expected.sorted(by: { $0.key < $1.key }) {
                let (method, uri, body) = Self.request(route)
                try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
                    if role.includes(needed) {
                        #expect(response.status != .forbidden && response.status != .unauthorized, "\(role) on \(route): \(response.status)")
                    } else {
                        #expect(response.status == .forbidden, "\(role) on \(route): \(response.status)")
                        #expect(errorCode(response.body) == "forbidden")
                        #expect(errorMessage(response.body).contains("needs the \(needed.rawValue) role"), "\(errorMessage(response.body))")
                    }
                }
            }
        }
    }

    @Test func aTokenWithoutARoleIsAnAdmin() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            for route in Self.expected.keys.sorted() {
                let (method, uri, body) = Self.request(route)
                try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
                    #expect(response.status != .forbidden && response.status != .unauthorized, "\(route): \(response.status)")
                }
            }
        }
    }

    @Test func aViewerReadsButDoesNotWrite() async throws {
        let service = try await TestService()
        let viewer = try await service.headers(role: .viewer)
        let editor = try await service.headers(role: .editor)
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/api/service-zones", method: .get, headers: viewer) { #expect($0.body.json["total"] as? Int == 14) }
            try await client.execute(uri: "/api/service-zones/sz_downtown_core", method: .delete, headers: viewer) { response in
                #expect(response.status == .forbidden)
                #expect(errorMessage(response.body).contains("needs the admin role; this token's role is viewer"))
            }
            try await client.execute(uri: "/api/service-zones/sz_downtown_core", method: .delete, headers: editor) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/api/customers", method: .post, headers: viewer, body: #"{"name":"Ada"}"#.buffer) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/api/customers", method: .post, headers: editor, body: #"{"name":"Ada"}"#.buffer) {
                #expect($0.status == .created)
            }
            try await client.execute(uri: "/api/service-zones", method: .get, headers: viewer) { #expect($0.body.json["total"] as? Int == 14) }
        }
    }

    @Test(arguments: [#""superuser""#, #"["driver","dispatcher"]"#, "42"])
    func aRoleClaimThatNamesNoRoleIsRefused(claim: String) async throws {
        let service = try await TestService()
        let token = CompactJWT.hs256(#"{"tenant_id":"acme","role":\#(claim),"exp":\#(Int(Date().timeIntervalSince1970) + 600)}"#, secret: TestService.secret)
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/api/customers", method: .get, headers: [.authorization: "Bearer \(token)"]) { response in
                #expect(response.status == .unauthorized)
                #expect(errorMessage(response.body).contains("role"))
            }
        }
    }

    @Test func aListOfRolesCountsItsHighestCurbsideRole() async throws {
        let service = try await TestService()
        let token = CompactJWT.hs256(#"{"tenant_id":"acme","role":["offline_access","viewer","editor"],"exp":\#(Int(Date().timeIntervalSince1970) + 600)}"#, secret: TestService.secret)
        try await service.app.test(.router) { client in
            let headers: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
            try await client.execute(uri: "/api/customers", method: .post, headers: headers, body: #"{"name":"Ada"}"#.buffer) { #expect($0.status == .created) }
            try await client.execute(uri: "/api/service-plans", method: .post, headers: headers, body: #"{"name":"Weekly"}"#.buffer) {
                #expect($0.status == .forbidden)
            }
        }
    }

    @Test func theContractSaysWhichRoleEachOperationNeeds() async throws {
        let service = try await TestService()
        let document: [String: Any] = try await service.app.test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { $0.body.json }
        }
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        for (route, needed) in Self.expected {
            let parts = route.split(separator: " ")
            let operation = paths[String(parts[1])]?[parts[0].lowercased()] as? [String: Any]
            #expect(operation?["x-required-role"] as? String == needed.rawValue, "\(route)")
            #expect((operation?["description"] as? String ?? "").contains("Needs the `\(needed.rawValue)` role"), "\(route)")
            #expect((operation?["responses"] as? [String: Any])?["403"] != nil, "\(route) does not document 403")
        }
    }

    @Test func theDocsRoleTableMatchesThePolicy() throws {
        let text = try String(contentsOf: TestService.root.appendingPathComponent("docs/security.md"), encoding: .utf8)
        for (route, needed) in Self.expected {
            let parts = route.split(separator: " ")
            #expect(text.contains("| `\(parts[0]) \(parts[1])` | \(needed.rawValue) |"), "docs/security.md lacks the row for \(route)")
        }
    }
}
