import CurbsideStore
import Customers
import Foundation
import Testing

/// The PostgreSQL database of `CURBSIDE_TEST_DATABASE`, when it names one.
let testPostgresURL = ProcessInfo.processInfo.environment["CURBSIDE_TEST_DATABASE"].flatMap {
    StorageLocation.isPostgres($0) ? $0 : nil
}

/// Two stores on one schema, as two replicas on one database.
func twoPostgresReplicas() async throws -> (PostgresStore, PostgresStore) {
    let schema = "store_" + UUID().uuidString.prefix(8).lowercased()
    let first = try await PostgresStore.open(url: testPostgresURL!, connections: 4, schema: schema)
    let second = try await PostgresStore.open(url: testPostgresURL!, connections: 4, schema: schema)
    return (first, second)
}

@Suite("Outbox workers of many replicas on one PostgreSQL database", .enabled(if: testPostgresURL != nil))
struct PostgresOutboxClaimTests {
    @Test func concurrentWorkersDeliverEachEventOnce() async throws {
        let (first, second) = try await twoPostgresReplicas()
        let clock = TestClock()
        let service = CustomerService(
            repository: PostgresCustomerRepository(store: first, now: clock.now), locator: SwitchableLocator(up: true), zones: PointZones(),
            now: clock.now
        )
        let count = 60
        for index in 0..<count {
            var input = CustomerInput()
            input.name = "Mail \(index)"
            input.email = "mail\(index)@example.com"
            _ = try await service.createCustomer(input, tenant: "acme")
        }
        let email = RecordingEmailSender()
        let workers = [first, second].map { store in
            OutboxWorker(
                repository: PostgresOutboxRepository(store: store), email: email, stripe: nil, locator: SwitchableLocator(up: true),
                zones: PointZones(), now: clock.now, log: { _ in }
            )
        }
        // Both workers claim small batches at the same time until nothing is due.
        let delivered = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in workers {
                group.addTask {
                    var total = 0
                    while true {
                        let (done, failed) = await worker.deliverDue(limit: 3)
                        #expect(failed == 0)
                        if done == 0 { return total }
                        total += done
                    }
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(delivered.reduce(0, +) == count, "delivered \(delivered)")
        #expect(delivered.allSatisfy { $0 > 0 }, "one worker did all the work: \(delivered)")
        #expect(email.keys.count == count && Set(email.keys).count == count, "\(email.keys.count) sends of \(count) e-mails")
        #expect(try await PostgresOutboxRepository(store: second).pendingCount() == 0)
        await first.close()
        await second.close()
    }

    @Test func aClaimKeepsEventsFromOtherWorkersUntilItRunsOut() async throws {
        let (first, second) = try await twoPostgresReplicas()
        let clock = TestClock()
        let service = CustomerService(
            repository: PostgresCustomerRepository(store: first, now: clock.now), locator: SwitchableLocator(up: true), zones: PointZones(),
            now: clock.now
        )
        var input = CustomerInput()
        input.name = "Ada Lovelace"
        input.email = "ada@example.com"
        _ = try await service.createCustomer(input, tenant: "acme")
        let now = clock.now()
        let claimed = try await PostgresOutboxRepository(store: first).claimDue(now: now, until: now.addingTimeInterval(60), limit: 10)
        #expect(claimed.map(\.kind) == [.welcomeEmail])
        let other = PostgresOutboxRepository(store: second)
        #expect(try await other.claimDue(now: now.addingTimeInterval(59), until: now.addingTimeInterval(120), limit: 10).isEmpty)
        // The first replica died: once its claim runs out, the other one takes the event.
        let taken = try await other.claimDue(now: now.addingTimeInterval(61), until: now.addingTimeInterval(120), limit: 10)
        #expect(taken.map(\.id) == claimed.map(\.id))
        // The first one's late release cannot undo the other's claim.
        try await PostgresOutboxRepository(store: first).releaseClaims(on: claimed, claimedUntil: now.addingTimeInterval(60), now: now.addingTimeInterval(62))
        #expect(try await PostgresOutboxRepository(store: first).claimDue(now: now.addingTimeInterval(62), until: now.addingTimeInterval(200), limit: 10).isEmpty)
        // The other one stops and gives its claim back: the event is due at once.
        try await other.releaseClaims(on: taken, claimedUntil: now.addingTimeInterval(120), now: now.addingTimeInterval(63))
        #expect(try await PostgresOutboxRepository(store: first).claimDue(now: now.addingTimeInterval(63), until: now.addingTimeInterval(200), limit: 10).map(\.id) == claimed.map(\.id))
        await first.close()
        await second.close()
    }
}
