import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// The PostgreSQL database of `CURBSIDE_TEST_DATABASE`, when it names one.
let testPostgresURL = ProcessInfo.processInfo.environment["CURBSIDE_TEST_DATABASE"].flatMap {
    $0.hasPrefix("postgres://") || $0.hasPrefix("postgresql://") ? $0 : nil
}

/// Two `curbside serve` processes on one PostgreSQL database, as replicas behind a load balancer.
@Suite("Replicas on one PostgreSQL database", .enabled(if: testPostgresURL != nil, "CURBSIDE_TEST_DATABASE names no PostgreSQL database"))
struct ReplicaTests {
    static let secret = "replica-test-secret-that-is-at-least-32-bytes"

    /// A URL of the test database whose tables live in a schema of their own.
    static func freshSchema() -> String {
        let url = testPostgresURL!
        return url + (url.contains("?") ? "&" : "?") + "schema=replicas_" + UUID().uuidString.prefix(8).lowercased()
    }

    @Test func eachReplicaSeesTheOthersWritesZoneChangesAndDeliversEachEventOnce() async throws {
        let received = Mutex<[(key: String, to: String)]>([])
        let router = Router()
        router.post("/hook") { request, _ -> HTTPResponse.Status in
            let body = try await request.body.collect(upTo: 1 << 20)
            let to = (try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])?["to"] as? String ?? "?"
            received.withLock { $0.append((request.headers[.init("Idempotency-Key")!] ?? "", to)) }
            return .ok
        }
        let relay = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await relay.test(.live) { client in
            let database = Self.freshSchema()
            let environment = ["CURBSIDE_JWT_SECRET": Self.secret, "CURBSIDE_EMAIL_WEBHOOK_URL": "http://127.0.0.1:\(client.port!)/hook"]
            let a = ServerProcess(database: database, environment: environment)
            let b = ServerProcess(database: database, environment: environment)
            try await a.start()
            try await b.start()
            defer { a.stop(); b.stop() }

            // A customer created through one replica is read, changed and listed through the other.
            let (created, status) = try await a.request("POST", "/api/customers", json: ["name": "Ada Replica", "email": "ada@example.com"])
            #expect(status == 201)
            let id = try #require((try JSONSerialization.jsonObject(with: created) as? [String: Any])?["id"] as? String)
            #expect(try await b.request("GET", "/api/customers/\(id)").status == 200)
            #expect(try await b.request("PUT", "/api/customers/\(id)", json: ["phone": "555-0100"]).status == 200)
            let (read, _) = try await a.request("GET", "/api/customers/\(id)")
            #expect((try JSONSerialization.jsonObject(with: read) as? [String: Any])?["phone"] as? String == "555-0100")
            #expect(try await b.customerCount(matching: "Ada Replica") == 1)
            // The other replica finds the same e-mail, in other letter case, a duplicate.
            let (check, _) = try await b.request("GET", "/api/customers/check-duplicate?email=ADA@example.com")
            #expect((try JSONSerialization.jsonObject(with: check) as? [String: Any])?["duplicate"] as? Bool == true)

            // A zone created through A matches through B within a second; deleted through B, it stops matching on A.
            let square: [String: Any] = [
                "id": "sz_replica_square", "name": "Replica Square",
                "boundary": ["type": "Polygon", "coordinates": [[[-97.8, 30.2], [-97.7, 30.2], [-97.7, 30.3], [-97.8, 30.3], [-97.8, 30.2]]]],
            ]
            #expect(try await a.request("POST", "/api/service-zones", json: square).status == 201)
            let point: [String: Any] = ["lat": 30.25, "lng": -97.75]
            let seenOnB = try await Self.within(.seconds(1)) { try await Self.matchedZone(b, point) == "sz_replica_square" }
            #expect(seenOnB, "B did not see the zone A created within a second")
            #expect(try await b.request("DELETE", "/api/service-zones/sz_replica_square").status == 204)
            let goneOnA = try await Self.within(.seconds(1)) { try await Self.matchedZone(a, point) == nil }
            #expect(goneOnA, "A still matched the zone B deleted after a second")

            // `curbside zones import` from a third process reaches both replicas within a second.
            try a.importZones(CLITests.austin)
            let capitol: [String: Any] = ["lat": 30.2747, "lng": -97.7404]
            for server in [a, b] {
                let imported = try await Self.within(.seconds(1)) { try await Self.matchedZone(server, capitol) == "sz_downtown_core" }
                #expect(imported, "a replica did not see the imported zones within a second")
            }

            // Welcome e-mails for customers created through both replicas: each is sent once, by one of them.
            let count = 40
            for index in 1..<count {
                let server = index.isMultiple(of: 2) ? a : b
                #expect(try await server.request("POST", "/api/customers", json: ["name": "Mail \(index)", "email": "mail\(index)@example.com"]).status == 201)
            }
            for _ in 0..<400 where Set(received.withLock { $0.map(\.key) }).count < count { try await Task.sleep(for: .milliseconds(50)) }
            try await Task.sleep(for: .seconds(3))  // nothing more should arrive
            let posts = received.withLock { $0 }
            #expect(Set(posts.map(\.key)).count == count, "\(Set(posts.map(\.key)).count) of \(count) e-mails arrived")
            #expect(posts.count == count, "\(posts.count) posts for \(count) e-mails: some were sent twice")
        }
    }

    /// The zone `POST /match-zone` answers for `point`, or nil.
    static func matchedZone(_ server: ServerProcess, _ point: [String: Any]) async throws -> String? {
        let (body, _) = try await server.request("POST", "/match-zone", json: point)
        return ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any])?["zone_id"] as? String
    }

    /// Whether `condition` holds at some check before `limit` has passed (checked every 50 ms).
    static func within(_ limit: Duration, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try await condition()
    }
}
