import CurbsideAPI
import CurbsideStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `/healthz` is what a load balancer asks: it must say when the replica cannot reach its database.
@Suite("Health check")
struct HealthCheckTests {
    @Test func healthzReportsTheDatabase() async throws {
        let service = try await TestService()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.body.json["status"] as? String == "ok")
                #expect(response.body.json["database"] as? String == "ok")
            }
        }
    }

    /// The database goes away (here: the replica's connections are closed): health turns 503 within the ping's
    /// timeout, so the balancer stops sending traffic, and the request does not hang.
    @Test(.enabled(if: TestService.postgresURL != nil, "needs PostgreSQL"))
    func healthzIs503WhenTheDatabaseIsGone() async throws {
        let service = try await TestService()
        let store = try #require(service.services.storage as? PostgresStore)
        await store.close()
        try await service.app.test(.router) { client in
            let started = ContinuousClock.now
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.body.json["status"] as? String == "unavailable")
                #expect(response.body.json["database"] as? String == "unreachable")
            }
            #expect(ContinuousClock.now - started < .seconds(10))
        }
    }
}
