import CurbsideStore
import Customers
import Foundation
import Synchronization
import Testing

/// Webhook deliveries in the stores: one record's deliveries in order, parking, failing subscriptions, and, on
/// PostgreSQL, two replicas' workers delivering each event exactly once.
@Suite("Webhook deliveries in the stores")
struct WebhookStoreTests {
    static func storages() async throws -> [any CurbsideStorage] {
        var storages: [any CurbsideStorage] = [try CurbsideDatabase.inMemory()]
        if let url = testPostgresURL {
            storages.append(try await PostgresStore.open(url: url, connections: 4, schema: "wh_" + UUID().uuidString.prefix(8).lowercased()))
        }
        return storages
    }

    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// A subscription to every event, and an outbox event per subject, fanned out in order; returns the events.
    static func queue(_ subjects: [String], in storage: any CurbsideStorage, at date: Date = start) async throws -> [OutboxEvent] {
        if try await storage.webhooks.subscriptions(tenant: "acme").isEmpty {
            try await storage.webhooks.insert(WebhookSubscription(
                id: "wh_all", tenantID: "acme", url: "http://127.0.0.1:9/hook", events: ["*"], description: nil, secret: "whsec_test",
                createdAt: date, updatedAt: date
            ))
        }
        var events: [OutboxEvent] = []
        for (offset, subject) in subjects.enumerated() {
            var event = OutboxEvent(id: "evt_\(UUID().uuidString.prefix(8))_\(offset)", tenantID: "acme", kind: .propertyRezoned, subjectID: subject, createdAt: date)
            event.payload = #"{"n":\#(offset)}"#
            let stored = event
            try await storage.customers.write { try $0.enqueue(stored) }
            #expect(try await storage.webhooks.fanOut(event, type: "property.rezoned", body: "{}", at: date) == 1)
            #expect(try await storage.webhooks.fanOut(event, type: "property.rezoned", body: "{}", at: date) == 0, "fanned out once")
            events.append(event)
        }
        return events
    }

    @Test("one record's deliveries go one at a time in order; a parked one no longer holds the next; a failing subscription waits")
    func orderParkingAndFailing() async throws {
        for storage in try await Self.storages() {
            let repository = storage.webhooks
            let events = try await Self.queue(["prop_1", "prop_1", "prop_2"], in: storage)
            var now = Self.start.addingTimeInterval(1)
            var claimed = try await repository.claimDue(now: now, until: now.addingTimeInterval(60), limit: 10)
            #expect(claimed.map(\.delivery.eventID) == [events[0].id, events[2].id], "the second event of prop_1 waits for the first")
            #expect(claimed.first?.url == "http://127.0.0.1:9/hook" && claimed.first?.secret == "whsec_test")
            try await repository.recordDelivered(claimed[1].delivery, statusCode: 204, at: now)
            try await repository.recordFailure(claimed[0].delivery, statusCode: 500, error: "boom", retryAt: now.addingTimeInterval(30), failingAfter: 50, at: now)
            now = now.addingTimeInterval(10)
            #expect(try await repository.claimDue(now: now, until: now.addingTimeInterval(60), limit: 10).isEmpty, "backing off, and still first")
            now = now.addingTimeInterval(30)
            claimed = try await repository.claimDue(now: now, until: now.addingTimeInterval(60), limit: 10)
            #expect(claimed.map(\.delivery.eventID) == [events[0].id] && claimed.first?.delivery.attempts == 1)
            try await repository.recordFailure(claimed[0].delivery, statusCode: nil, error: "timeout", retryAt: nil, failingAfter: 50, at: now)
            claimed = try await repository.claimDue(now: now, until: now.addingTimeInterval(60), limit: 10)
            #expect(claimed.map(\.delivery.eventID) == [events[1].id], "a parked delivery lets the next one go")

            let log = try await repository.deliveries(webhookID: "wh_all", tenant: "acme", status: .parked, limit: 10)
            #expect(log.map(\.eventID) == [events[0].id] && log.first?.lastError == "timeout" && log.first?.attempts == 2)

            // Failing: the subscription's third failure in a row (threshold 3) stops its deliveries until enabled.
            try await repository.recordFailure(claimed[0].delivery, statusCode: 503, error: "down", retryAt: now, failingAfter: 3, at: now)
            var subscription = try #require(try await repository.subscription(id: "wh_all", tenant: "acme"))
            #expect(subscription.status == .failing && subscription.consecutiveFailures == 3)
            #expect(try await repository.claimDue(now: now, until: now.addingTimeInterval(60), limit: 10).isEmpty)
            subscription.status = .active
            subscription.consecutiveFailures = 0
            #expect(try await repository.update(subscription))
            #expect(try await repository.claimDue(now: now, until: now.addingTimeInterval(60), limit: 10).map(\.delivery.eventID) == [events[1].id])
            #expect(try await repository.retry(deliveryID: log[0].id, webhookID: "wh_all", tenant: "acme", at: now)?.status == .pending)
            #expect(try await repository.deliveries(webhookID: "wh_all", tenant: "other", status: nil, limit: 10).isEmpty)
        }
    }

    /// Counts posts by event id.
    final class CountingSender: WebhookSending {
        let posts = Mutex<[String: Int]>([:])

        func send(url: String, secret: String, eventID: String, body: Data, at date: Date) async throws -> Int {
            posts.withLock { $0[eventID, default: 0] += 1 }
            return 200
        }
    }

    @Test("two replicas' workers deliver every event exactly once", .enabled(if: testPostgresURL != nil))
    func twoReplicasDeliverEachEventOnce() async throws {
        let (first, second) = try await twoPostgresReplicas()
        let subjects = (0..<600).map { "prop_\($0 % 150)" }
        let events = try await Self.queue(subjects, in: first, at: Date().addingTimeInterval(-1))
        let sender = CountingSender()
        await withTaskGroup(of: Void.self) { group in
            for store in [first, second] {
                group.addTask {
                    var worker = WebhookWorker(repository: store.webhooks, sender: sender, log: { _ in })
                    worker.concurrency = 8
                    while true {
                        let (delivered, _) = await worker.deliverDue(limit: 50)
                        if delivered == 0 {
                            try? await Task.sleep(for: .milliseconds(20))
                            if try! await store.webhooks.deliveries(webhookID: "wh_all", tenant: "acme", status: .pending, limit: 1).isEmpty { return }
                        }
                    }
                }
            }
        }
        let posts = sender.posts.withLock { $0 }
        #expect(posts.count == events.count && posts.values.allSatisfy { $0 == 1 }, "\(posts.values.filter { $0 != 1 }.count) events posted more than once")
        await first.close()
        await second.close()
    }
}
