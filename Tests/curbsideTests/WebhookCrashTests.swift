import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// `curbside serve` killed with SIGKILL while it posts webhook events, then started again on the same file: every
/// event arrives, and an event that arrives twice carries the same event id both times.
@Suite("SIGKILL during webhook delivery", .serialized)
struct WebhookCrashTests {
    @Test func killMidDeliveryDeliversEveryEventWithRepeatsOnlyOfTheSameId() async throws {
        let received = Mutex<[String]>([])
        let hang = Mutex(true)
        let router = Router()
        router.post("/hook") { request, _ -> HTTPResponse.Status in
            _ = try await request.body.collect(upTo: 1 << 20)
            received.withLock { $0.append(request.headers[.init("Curbside-Event-Id")!] ?? "") }
            // Until the kill, the endpoint takes its time, so the kill lands while posts are in flight.
            for _ in 0..<100 where hang.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(50)) }
            return .noContent
        }
        let receiver = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await receiver.test(.live) { client in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-webhook-crash-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let server = ServerProcess(database: directory.appendingPathComponent("crash.sqlite").path, environment: ["CURBSIDE_OUTBOX_LEASE_SECONDS": "2"])
            try server.importZones(CLITests.austin)
            try await server.start()
            let (_, created) = try await server.request("POST", "/api/webhooks", json: ["url": "http://127.0.0.1:\(client.port!)/hook", "events": ["*"]])
            #expect(created == 201)
            let customers = (0..<40).map { index -> [String: Any] in
                ["name": "Hook \(index)", "address": "\(1100 + index) Congress Ave, Austin, TX 78701", "lat": 30.2747, "lng": -97.7404 + Double(index) * 0.0001]
            }
            #expect(try await server.request("POST", "/api/customers/import", json: ["customers": customers]).status == 200)
            let (draftBody, _) = try await server.request("POST", "/api/zone-drafts", json: ["from": "current"])
            let draft = try #require((try JSONSerialization.jsonObject(with: draftBody) as? [String: Any])?["id"] as? String)
            #expect(try await server.request("DELETE", "/api/zone-drafts/\(draft)/zones/sz_downtown_core").status == 204)
            let (versionBody, published) = try await server.request("POST", "/api/zone-drafts/\(draft)/publish", json: [String: String]())
            #expect(published == 201)
            let moved = ((try JSONSerialization.jsonObject(with: versionBody) as? [String: Any])?["counts"] as? [String: Any])?["moved"] as? Int ?? 0
            #expect(moved == 40, "\(String(decoding: versionBody, as: UTF8.self))")

            for _ in 0..<200 where received.withLock({ $0.isEmpty }) { try await Task.sleep(for: .milliseconds(50)) }
            server.kill9()
            let beforeKill = received.withLock { $0.count }
            #expect(beforeKill > 0 && beforeKill < moved + 1, "posts were in flight at the kill: \(beforeKill)")
            hang.withLock { $0 = false }
            try await server.start()
            for _ in 0..<400 where Set(received.withLock { $0 }).count < moved + 1 { try await Task.sleep(for: .milliseconds(50)) }
            let ids = received.withLock { $0 }
            #expect(Set(ids).count == moved + 1, "\(moved) property.rezoned and one zone_set.published, each at least once: \(Set(ids).count)")
            #expect(ids.allSatisfy { $0.hasPrefix("evt_") })
            server.stop()
        }
    }
}
