import CurbsideStore
import Customers
import Foundation
import GRDB

/// Customers created the real way, and the outbox and communications rows as stored, for the worker tests.
enum OutboxFixtures {
    static let address = "100 Congress Ave, Austin, TX 78701"

    /// A customer service over `database`, whose events are queued as in production.
    static func service(
        _ database: CurbsideDatabase, locator: SwitchableLocator, stripeEnabled: Bool = false, clock: TestClock
    ) -> CustomerService {
        CustomerService(
            repository: GRDBCustomerRepository(database: database, now: clock.now), locator: locator, zones: PointZones(),
            stripeEnabled: stripeEnabled, now: clock.now
        )
    }

    /// A worker over `database` (or `repository`), retrying after 1 s, 2 s, 4 s … without jitter.
    static func worker(
        _ database: CurbsideDatabase, repository: (any OutboxRepository)? = nil, email: RecordingEmailSender,
        stripe: RecordingStripe? = nil, locator: SwitchableLocator = SwitchableLocator(up: true), clock: TestClock
    ) -> OutboxWorker {
        OutboxWorker(
            repository: repository ?? GRDBOutboxRepository(database: database), email: email, stripe: stripe,
            locator: locator, zones: PointZones(), now: clock.now,
            backoff: { OutboxBackoff.withoutJitter(attempt: $0) }, log: { _ in }
        )
    }

    /// A new customer "Ada Lovelace" with an e-mail address and, when given, an address on plan `sp_weekly`.
    @discardableResult
    static func createCustomer(
        _ service: CustomerService, email: String? = "ada@example.com", address: String? = nil
    ) async throws -> CustomerSummary {
        var input = CustomerInput()
        input.name = "Ada Lovelace"
        input.email = email
        input.address = address
        if address != nil { input.servicePlanID = "sp_weekly" }
        return try await service.createCustomer(input, tenant: "acme")
    }

    /// Every outbox event, oldest first.
    static func events(_ database: CurbsideDatabase) async throws -> [OutboxEvent] {
        try await database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM outbox_events ORDER BY created_at, rowid").map { row in
                var event = OutboxEvent(
                    id: row["id"], tenantID: row["tenant_id"], kind: OutboxEvent.Kind(rawValue: row["kind"])!,
                    subjectID: row["subject_id"], createdAt: row["created_at"]
                )
                event.idempotencyKey = row["idempotency_key"]
                event.attempts = row["attempts"]
                event.nextAttemptAt = row["next_attempt_at"]
                event.deliveredAt = row["delivered_at"]
                event.lastError = row["last_error"]
                return event
            }
        }
    }

    /// The event of `kind`.
    static func event(_ database: CurbsideDatabase, kind: OutboxEvent.Kind) async throws -> OutboxEvent? {
        try await events(database).first { $0.kind == kind }
    }

    /// Every communications row.
    static func communications(_ database: CurbsideDatabase) async throws -> [StoredCommunication] {
        try await database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM communications ORDER BY created_at, id").map(StoredCommunication.init)
        }
    }

    /// A path for a new database file in the temporary directory; `removeDatabase` deletes it.
    static func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("outbox-\(UUID().uuidString).sqlite").path
    }

    static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
