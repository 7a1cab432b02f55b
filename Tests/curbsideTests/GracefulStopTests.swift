import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// A rolling deploy stops replicas with SIGTERM: what a stopping server was delivering is not left waiting for its
/// claim (five minutes by default) to run out.
@Suite("Outbox claims on a graceful stop")
struct GracefulStopTests {
    private func temporaryDatabase() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-stop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("stop.sqlite").path
    }

    @Test func aStoppedServerGivesBackTheEventItWasSending() async throws {
        let received = Mutex<[String]>([])
        let router = Router()
        router.post("/hook") { request, _ -> HTTPResponse.Status in
            let first = received.withLock { keys in
                keys.append(request.headers[.init("Idempotency-Key")!] ?? "")
                return keys.count == 1
            }
            // The relay hangs on the first attempt, until the second one arrives (at most 20 s).
            if first {
                for _ in 0..<200 where received.withLock({ $0.count }) < 2 { try await Task.sleep(for: .milliseconds(100)) }
            }
            return .ok
        }
        let relay = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await relay.test(.live) { client in
            let server = ServerProcess(
                database: try temporaryDatabase(), environment: ["CURBSIDE_EMAIL_WEBHOOK_URL": "http://127.0.0.1:\(client.port!)/hook"]
            )
            try await server.start()
            #expect(try await server.request("POST", "/api/customers", json: ["name": "Ada", "email": "ada@example.com"]).status == 201)
            for _ in 0..<200 where received.withLock({ $0.isEmpty }) { try await Task.sleep(for: .milliseconds(50)) }
            #expect(received.withLock { $0.count } == 1)

            let stopping = ContinuousClock.now
            server.stop()  // SIGTERM, while the e-mail is in flight
            #expect(ContinuousClock.now - stopping < .seconds(30), "the server took too long to stop")
            try await server.start()
            // Sent again at once by the restarted server, with the same key, instead of after the 300 s claim.
            for _ in 0..<300 where received.withLock({ $0.count }) < 2 { try await Task.sleep(for: .milliseconds(50)) }
            let keys = received.withLock { $0 }
            #expect(keys.count == 2 && Set(keys).count == 1 && !keys[0].isEmpty, "\(keys)")
            server.stop()
        }
    }
}
