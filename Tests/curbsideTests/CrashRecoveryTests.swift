import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// `curbside serve` killed with SIGKILL in the middle of work, then started again on the same database file.
@Suite("SIGKILL during writes and outbox delivery", .serialized)
struct CrashRecoveryTests {
    private func temporaryDatabase() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-crash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("crash.sqlite").path
    }

    /// Bulk imports run back to back and the server is killed while one is in flight: every import that was
    /// answered is there in full after the restart, the interrupted one is there in full or not at all.
    @Test func killDuringBulkImportLosesNoCommittedRow() async throws {
        let server = ServerProcess(database: try temporaryDatabase())
        try await server.start()
        let rows = 1_500, batches = 40
        let answered = Mutex<[Int: [String]]>([:])
        let timings = Mutex<(started: [Int: ContinuousClock.Instant], took: [Duration])>(([:], []))
        let client = server.client
        let importer = Task {
            for batch in 0..<batches {
                let customers = (0..<rows).map { ["name": "crashbatch\(batch)x \($0)", "phone": "555-\($0)"] }
                let start = ContinuousClock.now
                timings.withLock { $0.started[batch] = start }
                guard let (body, status) = try? await client.request("POST", "/api/customers/import", json: JSONBody(["customers": customers])), status == 200,
                      let ids = (try? JSONSerialization.jsonObject(with: body) as? [String: Any])?["ids"] as? [String]
                else { return }
                timings.withLock { $0.took.append(ContinuousClock.now - start) }
                answered.withLock { $0[batch] = ids }
            }
        }
        // Kill at a random point of an import in flight: a few imports are timed first, then the next one is
        // killed between 20% and 95% of that time after it started. On a loaded machine the sleep can overrun
        // the import; then the kill aims at the import that is in flight by then.
        while answered.withLock({ $0.count }) < 3 { try await Task.sleep(for: .milliseconds(5)) }
        var victim = 0
        while true {
            let (count, started, took) = (answered.withLock { $0.count }, timings.withLock { $0.started }, timings.withLock { $0.took })
            guard let start = started[count] else { try await Task.sleep(for: .milliseconds(1)); continue }
            try await Task.sleep(until: start + took.reduce(.zero, +) / took.count * Double.random(in: 0.2...0.95))
            if answered.withLock({ $0[count] == nil }) { victim = count; break }
        }
        server.kill9()
        await importer.value
        let done = answered.withLock { $0 }
        #expect(done.count < batches, "the kill came after every import had finished")
        #expect(done[victim] == nil || done.count == victim + 1, "batch \(victim) was to be killed in flight")

        try await server.start()
        for batch in 0..<batches {
            let count = try await server.customerCount(matching: "crashbatch\(batch)x")
            if let ids = done[batch] {
                #expect(ids.count == rows && count == rows, "answered batch \(batch): \(count) of \(rows) rows after the restart")
                for id in [ids[0], ids[rows / 2], ids[rows - 1]] {
                    #expect(try await server.request("GET", "/api/customers/\(id)").status == 200)
                }
            } else {
                #expect(count == 0 || count == rows, "unanswered batch \(batch) is half-written: \(count) of \(rows) rows")
            }
        }
        // The restarted server takes writes as before.
        #expect(try await server.request("POST", "/api/customers", json: ["name": "after the crash"]).status == 201)
        server.stop()
    }

    /// Welcome e-mails are being delivered to a webhook when the server is killed: after the restart every
    /// e-mail arrives, each under one idempotency key, and each customer has exactly one communication recorded.
    @Test func killDuringOutboxDeliveryDeliversEveryEventOnce() async throws {
        let received = Mutex<[(key: String, to: String)]>([])
        let router = Router()
        router.post("/hook") { request, context -> HTTPResponse.Status in
            let body = try await request.body.collect(upTo: 1 << 20)
            let to = (try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any])?["to"] as? String ?? "?"
            received.withLock { $0.append((request.headers[.init("Idempotency-Key")!] ?? "", to)) }
            try await Task.sleep(for: .milliseconds(120))  // a slow relay, so the kill lands mid-delivery
            return .ok
        }
        let relay = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await relay.test(.live) { client in
            let server = ServerProcess(
                database: try temporaryDatabase(),
                // The killed server's claim on the e-mails it was sending runs out after two seconds.
                environment: ["CURBSIDE_EMAIL_WEBHOOK_URL": "http://127.0.0.1:\(client.port!)/hook", "CURBSIDE_OUTBOX_LEASE_SECONDS": "2"]
            )
            try await server.start()
            let count = 30
            let customers = (0..<count).map { ["name": "Mail \($0)", "email": "mail\($0)@example.com"] }
            let (body, status) = try await server.request("POST", "/api/customers/import", json: ["customers": customers])
            #expect(status == 200)
            let ids = try #require((try JSONSerialization.jsonObject(with: body) as? [String: Any])?["ids"] as? [String])
            #expect(ids.count == count)

            let killAfter = Int.random(in: 3...12)
            for _ in 0..<600 where received.withLock({ $0.count }) < killAfter { try await Task.sleep(for: .milliseconds(10)) }
            server.kill9()
            let beforeKill = received.withLock { $0.count }
            #expect(beforeKill >= killAfter && beforeKill < count, "\(beforeKill) e-mails had arrived at the kill")

            try await server.start()
            for _ in 0..<600 where Set(received.withLock { $0.map(\.key) }).count < count { try await Task.sleep(for: .milliseconds(50)) }
            try await Task.sleep(for: .seconds(2))  // nothing more should arrive
            let posts = received.withLock { $0 }
            let keysByRecipient = Dictionary(grouping: posts, by: \.to).mapValues { Set($0.map(\.key)) }
            #expect(Set(posts.map(\.key)).count == count && !posts.contains { $0.key.isEmpty })
            #expect(Set(keysByRecipient.keys) == Set((0..<count).map { "mail\($0)@example.com" }))
            #expect(keysByRecipient.values.allSatisfy { $0.count == 1 }, "a recipient got two different e-mails")
            // Delivery is one at a time, so at most the e-mail in flight at the kill is posted again (same key).
            #expect(posts.count <= count + 1, "\(posts.count) posts for \(count) e-mails")
            for id in ids {
                let (export, _) = try await server.request("GET", "/api/customers/\(id)/export")
                let communications = (try JSONSerialization.jsonObject(with: export) as? [String: Any])?["communications"] as? [Any]
                #expect(communications?.count == 1, "\(id): \(communications?.count ?? -1) communications")
            }
            server.stop()
        }
    }
}
