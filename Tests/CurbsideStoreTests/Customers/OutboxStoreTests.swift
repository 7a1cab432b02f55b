import CurbsideStore
import Customers
import Foundation
import Testing

@Suite("OutboxStore")
struct OutboxStoreTests {
    let repository: GRDBCustomerRepository
    let outbox: OutboxStore

    init() throws {
        let database = try CurbsideDatabase.inMemory()
        repository = CustomerFixtures.repository(database)
        outbox = OutboxStore(database: database)
    }

    private func event(
        _ id: String, tenant: String = "acme", kind: OutboxEvent.Kind = .welcomeEmail, created: TimeInterval,
        next: TimeInterval? = nil
    ) -> OutboxEvent {
        var event = OutboxEvent(
            id: id, tenantID: tenant, kind: kind, subjectID: "cus_\(id)", createdAt: CustomerFixtures.at(created)
        )
        if let next { event.nextAttemptAt = CustomerFixtures.at(next) }
        return event
    }

    /// Five events: `evt_late` is not due before 100 s; `evt_d` and `evt_e` were created together, in that order.
    private func seed() async throws -> [OutboxEvent] {
        var first = event("evt_a", kind: .stripeCustomer, created: 0)
        first.idempotencyKey = "stripe-cus_evt_a"
        let events = [
            event("evt_b", tenant: "beta", kind: .geocode, created: 10),
            first,
            event("evt_late", created: 5, next: 100),
            event("evt_e", created: 20),
            event("evt_d", created: 20),
        ]
        try await repository.write { writer throws in
            for event in events { try writer.enqueue(event) }
        }
        return events
    }

    @Test("due events are the undelivered ones whose time has come, of every tenant, oldest first, as enqueued")
    func due() async throws {
        let events = try await seed()
        let due = try await outbox.due(now: CustomerFixtures.at(50), limit: 10)
        #expect(due.map(\.id) == ["evt_a", "evt_b", "evt_e", "evt_d"])
        #expect(due[0] == events[1])
        #expect(due[1] == events[0])
        #expect(try await outbox.due(now: CustomerFixtures.at(50), limit: 2).map(\.id) == ["evt_a", "evt_b"])
        #expect(try await outbox.due(now: CustomerFixtures.at(100), limit: 10).map(\.id)
            == ["evt_a", "evt_late", "evt_b", "evt_e", "evt_d"])
        #expect(try await outbox.due(now: CustomerFixtures.at(-1), limit: 10).isEmpty)
        #expect(try await outbox.pendingCount() == 5)
    }

    @Test("a delivered event is never due again and no longer pending")
    func markDelivered() async throws {
        _ = try await seed()
        try await outbox.markDelivered(id: "evt_a", tenant: "acme", at: CustomerFixtures.at(30))
        #expect(try await outbox.due(now: CustomerFixtures.at(1000), limit: 10).map(\.id)
            == ["evt_late", "evt_b", "evt_e", "evt_d"])
        #expect(try await outbox.pendingCount() == 4)

        try await outbox.markDelivered(id: "evt_b", tenant: "acme", at: CustomerFixtures.at(30))
        #expect(try await outbox.pendingCount() == 4)
    }

    @Test("a failed delivery counts an attempt, keeps the error and waits until the retry time")
    func markFailed() async throws {
        _ = try await seed()
        try await outbox.markFailed(id: "evt_a", tenant: "acme", error: "timeout", retryAt: CustomerFixtures.at(200))
        #expect(try await outbox.due(now: CustomerFixtures.at(100), limit: 10).map(\.id)
            == ["evt_late", "evt_b", "evt_e", "evt_d"])
        #expect(try await outbox.pendingCount() == 5)

        let retried = try #require(try await outbox.due(now: CustomerFixtures.at(200), limit: 1).first)
        #expect(retried.id == "evt_a")
        #expect(retried.attempts == 1)
        #expect(retried.lastError == "timeout")
        #expect(retried.nextAttemptAt == CustomerFixtures.at(200))
        #expect(retried.deliveredAt == nil)

        try await outbox.markFailed(id: "evt_a", tenant: "acme", error: "503", retryAt: CustomerFixtures.at(300))
        try await outbox.markFailed(id: "evt_a", tenant: "beta", error: "wrong tenant", retryAt: CustomerFixtures.at(0))
        let again = try #require(try await outbox.due(now: CustomerFixtures.at(300), limit: 1).first)
        #expect(again.attempts == 2)
        #expect(again.lastError == "503")

        try await outbox.markDelivered(id: "evt_a", tenant: "acme", at: CustomerFixtures.at(301))
        let delivered = try await outbox.due(now: CustomerFixtures.at(1000), limit: 10)
        #expect(delivered.map(\.id) == ["evt_late", "evt_b", "evt_e", "evt_d"])
        #expect(try await outbox.pendingCount() == 4)
    }
}
