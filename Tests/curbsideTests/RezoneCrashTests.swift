import Foundation
import GRDB
import Testing

/// `curbside serve` killed with SIGKILL while it applies a zone version that moves thousands of properties, then
/// started again on the same database file: the version is there in full, or not at all.
@Suite("SIGKILL during a re-zoning", .serialized)
struct RezoneCrashTests {
    static func json(_ data: Data) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    /// What the database holds of the re-zoning: versions, the draft, properties by zone, rezoned events.
    struct State: Equatable {
        var versions: Int
        var draftExists: Bool
        var zones: Int
        var propertiesInDroppedZones: Int
        var rezonedEvents: Int
        var publishedEvents: Int
        var zoneChanges: Int
    }

    static func state(_ path: String, draft: String, dropped: [String]) throws -> State {
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration).read { db in
            let list = dropped.map { "'\($0)'" }.joined(separator: ",")
            return State(
                versions: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM zone_versions WHERE tenant_id = 'acme'") ?? -1,
                draftExists: try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM zone_drafts WHERE id = ?)", arguments: [draft]) ?? false,
                zones: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM service_zones WHERE tenant_id = 'acme'") ?? -1,
                propertiesInDroppedZones: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM properties WHERE service_zone_id IN (\(list))") ?? -1,
                rezonedEvents: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox_events WHERE kind = 'property.rezoned'") ?? -1,
                publishedEvents: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outbox_events WHERE kind = 'zone_set.published'") ?? -1,
                zoneChanges: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM property_zone_changes") ?? -1
            )
        }
    }

    @Test func killDuringPublishLeavesTheOldSetOrTheWholeNewOne() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-rezone-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("rezone.sqlite").path
        let server = ServerProcess(database: path)
        try server.importZones(CLITests.austin)
        try await server.start()
        // 9,000 properties over central Austin, where the two zones the draft drops lie.
        var random = SystemRandomNumberGenerator()
        for batch in 0..<6 {
            let customers = (0..<1_500).map { index -> [String: Any] in
                [
                    "name": "rz\(batch)-\(index)", "address": "\(100 + index) Congress Ave, Austin, TX 78701",
                    "lat": Double.random(in: 30.24...30.32, using: &random), "lng": Double.random(in: -97.78...(-97.70), using: &random),
                ]
            }
            let (body, status) = try await server.request("POST", "/api/customers/import", json: ["customers": customers])
            #expect(status == 200, "\(String(decoding: body, as: UTF8.self))")
        }
        let dropped = ["sz_downtown_core", "sz_central_austin"]
        let (created, _) = try await server.request("POST", "/api/zone-drafts", json: ["from": "current"])
        let draft = try #require(Self.json(created)["id"] as? String)
        for zone in dropped {
            #expect(try await server.request("DELETE", "/api/zone-drafts/\(draft)/zones/\(zone)").status == 204)
        }
        let start = ContinuousClock.now
        let (impact, _) = try await server.request("GET", "/api/zone-drafts/\(draft)/impact")
        let preview = ContinuousClock.now - start
        let moves = try #require(Self.json(impact)["total"] as? Int)
        #expect(moves > 1_000, "the draft moves \(moves) properties")
        let before = try Self.state(path, draft: draft, dropped: dropped)

        let client = server.client
        let publish = Task { try? await client.request("POST", "/api/zone-drafts/\(draft)/publish", json: JSONBody([:])) }
        try await Task.sleep(for: preview * Double.random(in: 0.3...2.5))
        server.kill9()
        let answer = await publish.value
        try await server.start()
        let after = try Self.state(path, draft: draft, dropped: dropped)
        print("killed \(after.versions == before.versions ? "before" : "after") the publish committed (its answer: \(answer.map { "\($0.status)" } ?? "none"))")
        if after.versions == before.versions {
            #expect(after == before, "nothing of an unfinished publish is kept")
            #expect(answer?.status != 201, "an answered publish is kept")
        } else {
            #expect(after.versions == before.versions + 1 && !after.draftExists && after.zones == before.zones - dropped.count)
            #expect(after.propertiesInDroppedZones == 0 && after.rezonedEvents == moves && after.publishedEvents == 1 && after.zoneChanges == moves,
                    "a kept publish is whole: \(after)")
        }
        // Either way the server goes on: the version list answers and a new draft can be made.
        #expect(try await server.request("GET", "/api/zone-versions").status == 200)
        #expect(try await server.request("POST", "/api/zone-drafts", json: ["from": "current"]).status == 201)
        server.stop()
    }
}
