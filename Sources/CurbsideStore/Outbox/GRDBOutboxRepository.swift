import Customers
import Foundation
import GRDB

/// The outbox events of every tenant and the records their delivery writes, kept in the curbside database.
///
/// The delivering writes (`recordCommunication`, `setStripeCustomerID`, `applyPlacement`) first mark the event
/// delivered where it is still undelivered; when it already was, they write nothing else.
public struct GRDBOutboxRepository: OutboxRepository {
    public let database: CurbsideDatabase
    private let store: OutboxStore

    public init(database: CurbsideDatabase) {
        self.database = database
        self.store = OutboxStore(database: database)
    }

    public func claimDue(now: Date, until: Date, limit: Int) async throws -> [OutboxEvent] {
        try await store.claimDue(now: now, until: until, limit: limit)
    }

    public func releaseClaims(on events: [OutboxEvent], claimedUntil until: Date, now: Date) async throws {
        try await store.releaseClaims(on: events, claimedUntil: until, now: now)
    }

    public func markDelivered(id: String, tenant: String, at date: Date, note: String?) async throws {
        try await database.writer.write { db in
            _ = try Self.claim(id: id, tenant: tenant, at: date, note: note, in: db)
        }
    }

    public func markFailed(id: String, tenant: String, error: String, retryAt: Date) async throws {
        try await store.markFailed(id: id, tenant: tenant, error: error, retryAt: retryAt)
    }

    public func customer(id: String, tenant: String) async throws -> Customer? {
        try await database.writer.read { db in
            try CustomerSession(db: db, now: Date()).customer(id: id, tenant: tenant, includingDeleted: true)
        }
    }

    public func property(id: String, tenant: String) async throws -> Property? {
        try await database.writer.read { db in
            try CustomerSession(db: db, now: Date()).property(id: id, tenant: tenant)
        }
    }

    public func recordCommunication(_ email: OutgoingEmail, customerID: String, delivering event: OutboxEvent, at date: Date) async throws {
        try await database.writer.write { db in
            guard try Self.claim(id: event.id, tenant: event.tenantID, at: date, note: nil, in: db) else { return }
            try CommunicationRecord(
                tenantID: event.tenantID, id: CommunicationRecord.id(forEvent: event.id), customerID: customerID, channel: "email",
                recipient: email.to, subject: email.subject, body: email.body, status: "sent", sentAt: date, createdAt: date
            ).insert(db)
        }
    }

    public func setStripeCustomerID(customerID: String, tenant: String, stripeID: String, delivering event: OutboxEvent, at date: Date) async throws {
        try await database.writer.write { db in
            guard try Self.claim(id: event.id, tenant: event.tenantID, at: date, note: nil, in: db) else { return }
            let session = CustomerSession(db: db, now: date)
            guard var customer = try session.customer(id: customerID, tenant: tenant, includingDeleted: true) else {
                throw CustomerError.notFound(kind: "customer", id: customerID)
            }
            customer.stripeCustomerID = stripeID
            customer.updatedAt = date
            try session.update(customer)
        }
    }

    public func applyPlacement(_ placement: GeocodedPlacement, delivering event: OutboxEvent, at date: Date) async throws {
        try await database.writer.write { db in
            guard try Self.claim(id: event.id, tenant: event.tenantID, at: date, note: nil, in: db) else { return }
            if try !placement.apply(in: CustomerSession(db: db, now: date), at: date) {
                try OutboxEventRecord.all().event(id: event.id, tenant: event.tenantID)
                    .updateAll(db, OutboxEventRecord.Columns.lastError.set(to: "record changed before geocoding finished"))
            }
        }
    }

    /// Marks the tenant's event `id` delivered at `date` (keeping `note` as its last error) when it is still
    /// undelivered; false when it already was, or there is no such event.
    private static func claim(id: String, tenant: String, at date: Date, note: String?, in db: Database) throws -> Bool {
        var assignments = [OutboxEventRecord.Columns.deliveredAt.set(to: date)]
        if let note { assignments.append(OutboxEventRecord.Columns.lastError.set(to: note)) }
        return try OutboxEventRecord.all().event(id: id, tenant: tenant).pending().updateAll(db, assignments) > 0
    }
}
