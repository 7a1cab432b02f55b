import ArgumentParser
import CurbsideStore
import Customers
import Foundation
import Hummingbird
import Integrations
import Synchronization

/// Times webhook delivery end to end in process: N events queued for one subscription in a fresh store, delivered
/// by `WebhookWorker` over HTTP (AsyncHTTPClient, keep-alive) to a loopback Hummingbird receiver that answers 204.
struct WebhookDeliveryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webhook-delivery",
        abstract: "Queue N webhook deliveries and time their delivery to a loopback receiver; print JSON."
    )

    @Option(help: "How many events.") var events = 10_000
    @Option(help: "How many distinct records they are about (each record's events go in order, one at a time).") var subjects = 2_000
    @Option(help: "A SQLite file (made fresh) or a postgres:// URL of an empty database; default a temporary SQLite file.")
    var database: String?

    func run() async throws {
        let location = database ?? FileManager.default.temporaryDirectory.appendingPathComponent("webhooks-\(getpid()).sqlite").path
        if database == nil { try? FileManager.default.removeItem(atPath: location) }
        defer { if database == nil { try? FileManager.default.removeItem(atPath: location) } }
        let storage = try await StorageLocation.open(location, connections: 8)
        let received = Atomic<Int>(0)
        let router = Router()
        router.post("hook") { request, _ -> HTTPResponse.Status in
            _ = try await request.body.collect(upTo: 1 << 20)
            received.add(1, ordering: .relaxed)
            return .noContent
        }
        let port = Mutex<Int?>(nil)
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in port.withLock { $0 = channel.localAddress?.port } }
        )
        let server = Task { try await app.runService() }
        while port.withLock({ $0 }) == nil { try await Task.sleep(for: .milliseconds(10)) }
        let url = "http://127.0.0.1:\(port.withLock { $0 } ?? 0)/hook"

        let date = Date().addingTimeInterval(-1)
        try await storage.webhooks.insert(WebhookSubscription(
            id: "wh_bench", tenantID: "bench", url: url, events: ["*"], description: nil, secret: "whsec_bench", createdAt: date, updatedAt: date
        ))
        let clock = ContinuousClock()
        var start = clock.now
        for index in 0..<events {
            var event = OutboxEvent(id: "evt_bench_\(index)", tenantID: "bench", kind: .propertyRezoned, subjectID: "prop_\(index % subjects)", createdAt: date)
            event.payload = #"{"property_id":"prop_\#(index % subjects)","to_zone_id":"sz_\#(index % 97)"}"#
            let stored = event
            try await storage.customers.write { try $0.enqueue(stored) }
            _ = try await storage.webhooks.fanOut(stored, type: "property.rezoned", body: WebhookBody.text(for: stored, type: "property.rezoned"), at: date)
        }
        let queueSeconds = AssignmentRefreshCommand.seconds(clock.now - start)
        FileHandle.standardError.write(Data("webhook-delivery: queued \(events) in \(String(format: "%.1f", queueSeconds)) s\n".utf8))
        let worker = WebhookWorker(repository: storage.webhooks, sender: HTTPWebhookSender(), log: { FileHandle.standardError.write(Data("\($0)\n".utf8)) })
        start = clock.now
        var delivered = 0
        while delivered < events {
            let (done, failed) = await worker.deliverDue(limit: 512)
            delivered += done
            if done == 0 && failed == 0 { try await Task.sleep(for: .milliseconds(5)) }
            if clock.now - start > .seconds(300) { throw BenchError("only \(delivered) of \(events) delivered in 300 s") }
        }
        let seconds = AssignmentRefreshCommand.seconds(clock.now - start)
        server.cancel()
        if let postgres = storage as? PostgresStore { await postgres.close() }
        FileHandle.standardError.write(Data("webhook-delivery: \(delivered) delivered in \(String(format: "%.2f", seconds)) s, \(Int(Double(delivered) / seconds))/s\n".utf8))
        print(#"{"events":\#(events),"subjects":\#(subjects),"received":\#(received.load(ordering: .relaxed)),"seconds":\#(seconds),"per_second":\#(Double(delivered) / seconds)}"#)
    }
}
