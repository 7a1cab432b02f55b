import Foundation
import Testing

/// Two `curbside serve` processes on one PostgreSQL database that poll for zone changes once an hour: a change
/// committed through one reaches the other only by PostgreSQL's notification, also after its listening
/// connection was cut.
@Suite("Zone changes pushed between replicas", .enabled(if: testPostgresURL != nil, "CURBSIDE_TEST_DATABASE names no PostgreSQL database"))
struct ZoneNotificationReplicaTests {
    static let environment = [
        "CURBSIDE_JWT_SECRET": ReplicaTests.secret, "CURBSIDE_ZONE_POLL_SECONDS": "3600", "CURBSIDE_ZONE_LISTENING_POLL_SECONDS": "3600",
    ]

    /// A square zone around (`lng`, `lat`).
    static func square(_ id: String, lng: Double, lat: Double) -> [String: Any] {
        let (x, y) = (lng - 0.05, lat - 0.05)
        return [
            "id": id, "name": id,
            "boundary": ["type": "Polygon", "coordinates": [[[x, y], [x + 0.1, y], [x + 0.1, y + 0.1], [x, y + 0.1], [x, y]]]],
        ]
    }

    @Test func aZoneChangeReachesTheOtherReplicaByNotificationAlsoAfterItsListenerWasCut() async throws {
        let database = ReplicaTests.freshSchema()
        let a = ServerProcess(database: database, environment: Self.environment)
        let b = ServerProcess(database: database, environment: Self.environment)
        try await a.start()
        try await b.start()
        defer { a.stop(); b.stop() }

        let point: [String: Any] = ["lat": 30.25, "lng": -97.75]
        #expect(try await a.request("POST", "/api/service-zones", json: Self.square("sz_pushed", lng: -97.75, lat: 30.25)).status == 201)
        let seen = try await ReplicaTests.within(.seconds(1)) { try await ReplicaTests.matchedZone(b, point) == "sz_pushed" }
        #expect(seen, "B did not see the zone A created within a second")
        #expect(try await b.request("DELETE", "/api/service-zones/sz_pushed").status == 204)
        let gone = try await ReplicaTests.within(.seconds(1)) { try await ReplicaTests.matchedZone(a, point) == nil }
        #expect(gone, "A still matched the zone B deleted after a second")

        // Every zone listener of the database loses its connection; the replicas listen again and catch up.
        let cut = try Self.sql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = 'curbside zone listener'")
        #expect((Int(cut) ?? 0) >= 2, "\(cut) listening connections cut")
        let other: [String: Any] = ["lat": 30.45, "lng": -97.55]
        #expect(try await a.request("POST", "/api/service-zones", json: Self.square("sz_after_cut", lng: -97.55, lat: 30.45)).status == 201)
        let caughtUp = try await ReplicaTests.within(.seconds(5)) { try await ReplicaTests.matchedZone(b, other) == "sz_after_cut" }
        #expect(caughtUp, "B did not see the zone A created after its listener was cut")
        // Once listening again, B hears of changes at once.
        _ = try await ReplicaTests.within(.seconds(5)) { (Int(try Self.sql(Self.listeners)) ?? 0) >= 2 }
        #expect(try await a.request("DELETE", "/api/service-zones/sz_after_cut").status == 204)
        let goneAgain = try await ReplicaTests.within(.seconds(1)) { try await ReplicaTests.matchedZone(b, other) == nil }
        #expect(goneAgain, "B still matched the zone A deleted after a second")
    }

    static let listeners = "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'curbside zone listener'"

    /// The output of `psql` running `query` on the test database.
    static func sql(_ query: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", testPostgresURL!, "-qAtc", query]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "psql failed on \(query)")
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
