import Customers
import Foundation
import PostgresNIO

/// The outbox events of every tenant and the records their delivery writes, kept in a PostgreSQL database that
/// many replicas' workers share: claims skip rows another worker is claiming (`FOR UPDATE SKIP LOCKED`), so each
/// event goes to one worker.
public struct PostgresOutboxRepository: OutboxRepository {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    public func claimDue(now: Date, until: Date, limit: Int) async throws -> [OutboxEvent] {
        try await store.write { session in
            let rows = try session.query("""
                UPDATE outbox_events AS e SET next_attempt_at = \(until)
                FROM (SELECT tenant_id, id FROM outbox_events
                      WHERE delivered_at IS NULL AND next_attempt_at <= \(now)
                      ORDER BY created_at, sequence LIMIT \(max(limit, 0))
                      FOR UPDATE SKIP LOCKED) AS due
                WHERE e.tenant_id = due.tenant_id AND e.id = due.id
                RETURNING e.*
                """)
            return try rows.map { row in
                let cells = row.makeRandomAccess()
                return (record: try OutboxEventRecord(from: PostgresRowDecoder(row: cells)), sequence: try cells["sequence"].decode(Int.self))
            }
            .sorted { ($0.record.createdAt, $0.sequence) < ($1.record.createdAt, $1.sequence) }
            .map { $0.record.event() }
        }
    }

    public func releaseClaims(on events: [OutboxEvent], claimedUntil until: Date, now: Date) async throws {
        let tenants = events.map(\.tenantID), ids = events.map(\.id)
        _ = try await store.write { session in
            try session.execute("""
                UPDATE outbox_events SET next_attempt_at = \(now)
                FROM unnest(\(tenants), \(ids)) AS released (tenant_id, id)
                WHERE outbox_events.tenant_id = released.tenant_id AND outbox_events.id = released.id
                  AND delivered_at IS NULL AND next_attempt_at = \(until)
                """)
        }
    }

    public func markDelivered(id: String, tenant: String, at date: Date, note: String?) async throws {
        try await store.write { session in
            _ = try Self.claim(id: id, tenant: tenant, at: date, note: note, in: session)
        }
    }

    public func markFailed(id: String, tenant: String, error: String, retryAt: Date) async throws {
        _ = try await store.write { session in
            try session.execute("""
                UPDATE outbox_events SET attempts = attempts + 1, last_error = \(error), next_attempt_at = \(retryAt)
                WHERE tenant_id = \(tenant) AND id = \(id)
                """)
        }
    }

    public func customer(id: String, tenant: String) async throws -> Customer? {
        try await store.read { try PostgresCustomerSession(session: $0, now: Date()).customer(id: id, tenant: tenant, includingDeleted: true) }
    }

    public func property(id: String, tenant: String) async throws -> Property? {
        try await store.read { try PostgresCustomerSession(session: $0, now: Date()).property(id: id, tenant: tenant) }
    }

    public func recordCommunication(_ email: OutgoingEmail, customerID: String, delivering event: OutboxEvent, at date: Date) async throws {
        try await store.write(lockingTenant: event.tenantID) { session in
            guard try Self.claim(id: event.id, tenant: event.tenantID, at: date, note: nil, in: session) else { return }
            try session.insert(
                CommunicationRecord(
                    tenantID: event.tenantID, id: CommunicationRecord.id(forEvent: event.id), customerID: customerID, channel: "email",
                    recipient: email.to, subject: email.subject, body: email.body, status: "sent", sentAt: date, createdAt: date
                ),
                into: CommunicationRecord.databaseTableName
            )
        }
    }

    public func setStripeCustomerID(customerID: String, tenant: String, stripeID: String, delivering event: OutboxEvent, at date: Date) async throws {
        try await store.write(lockingTenant: event.tenantID) { session in
            guard try Self.claim(id: event.id, tenant: event.tenantID, at: date, note: nil, in: session) else { return }
            let customers = PostgresCustomerSession(session: session, now: date)
            guard var customer = try customers.customer(id: customerID, tenant: tenant, includingDeleted: true) else {
                throw CustomerError.notFound(kind: "customer", id: customerID)
            }
            customer.stripeCustomerID = stripeID
            customer.updatedAt = date
            try customers.update(customer)
        }
    }

    public func applyPlacement(_ placement: GeocodedPlacement, delivering event: OutboxEvent, at date: Date) async throws {
        try await store.write(lockingTenant: event.tenantID) { session in
            guard try Self.claim(id: event.id, tenant: event.tenantID, at: date, note: nil, in: session) else { return }
            if try !placement.apply(in: PostgresCustomerSession(session: session, now: date), at: date) {
                try session.send("""
                    UPDATE outbox_events SET last_error = 'record changed before geocoding finished'
                    WHERE tenant_id = \(event.tenantID) AND id = \(event.id)
                    """)
            }
        }
    }

    /// How many events, of every tenant, are not delivered yet, due or not.
    public func pendingCount() async throws -> Int {
        try await store.read { try $0.value(Int.self, "SELECT COUNT(*) FROM outbox_events WHERE delivered_at IS NULL") ?? 0 }
    }

    /// Marks the tenant's event `id` delivered at `date` (keeping `note` as its last error) when it is still
    /// undelivered; false when it already was, or there is no such event.
    private static func claim(id: String, tenant: String, at date: Date, note: String?, in session: PostgresSession) throws -> Bool {
        try session.execute("""
            UPDATE outbox_events SET delivered_at = \(date), last_error = COALESCE(\(note), last_error)
            WHERE tenant_id = \(tenant) AND id = \(id) AND delivered_at IS NULL
            """) > 0
    }
}
