import Customers
import Foundation
import GRDB

/// The outbox events of every tenant, as the outbox worker sees them: which are due, and how each delivery went.
public struct OutboxStore: Sendable {
    public let database: CurbsideDatabase

    public init(database: CurbsideDatabase) {
        self.database = database
    }

    /// Up to `limit` undelivered events whose next attempt is due at `now`, oldest first (in the order enqueued
    /// when created at the same time).
    public func due(now: Date, limit: Int) async throws -> [OutboxEvent] {
        try await database.writer.read { db in
            try OutboxEventRecord.all().pending()
                .filter(OutboxEventRecord.Columns.nextAttemptAt <= now)
                .order(OutboxEventRecord.Columns.createdAt, Column.rowID)
                .limit(max(limit, 0))
                .fetchAll(db)
                .map { $0.event() }
        }
    }

    /// Claims what `due(now:limit:)` returns: those events are not due again before `until`, so another worker
    /// on the same database (another process) does not take them meanwhile.
    public func claimDue(now: Date, until: Date, limit: Int) async throws -> [OutboxEvent] {
        try await database.writer.write { db in
            let events = try OutboxEventRecord.all().pending()
                .filter(OutboxEventRecord.Columns.nextAttemptAt <= now)
                .order(OutboxEventRecord.Columns.createdAt, Column.rowID)
                .limit(max(limit, 0))
                .fetchAll(db)
            for event in events {
                try OutboxEventRecord.all().event(id: event.id, tenant: event.tenantID)
                    .updateAll(db, OutboxEventRecord.Columns.nextAttemptAt.set(to: until))
            }
            return events.map { $0.event() }
        }
    }

    /// Makes those of `events` still undelivered and claimed until `until` due at `now`.
    public func releaseClaims(on events: [OutboxEvent], claimedUntil until: Date, now: Date) async throws {
        try await database.writer.write { db in
            for event in events {
                try OutboxEventRecord.all().event(id: event.id, tenant: event.tenantID).pending()
                    .filter(OutboxEventRecord.Columns.nextAttemptAt == until)
                    .updateAll(db, OutboxEventRecord.Columns.nextAttemptAt.set(to: now))
            }
        }
    }

    /// Records that the tenant's event `id` was delivered at `date`, so it is never due again.
    public func markDelivered(id: String, tenant: String, at date: Date) async throws {
        try await database.writer.write { db in
            _ = try OutboxEventRecord.all().event(id: id, tenant: tenant)
                .updateAll(db, OutboxEventRecord.Columns.deliveredAt.set(to: date))
        }
    }

    /// Records a failed delivery of the tenant's event `id`: one more attempt, the error, and when to try again.
    public func markFailed(id: String, tenant: String, error: String, retryAt: Date) async throws {
        try await database.writer.write { db in
            _ = try OutboxEventRecord.all().event(id: id, tenant: tenant).updateAll(
                db,
                OutboxEventRecord.Columns.attempts += 1,
                OutboxEventRecord.Columns.lastError.set(to: error),
                OutboxEventRecord.Columns.nextAttemptAt.set(to: retryAt)
            )
        }
    }

    /// How many events, of every tenant, are not delivered yet, due or not.
    public func pendingCount() async throws -> Int {
        try await database.writer.read { db in
            try OutboxEventRecord.all().pending().fetchCount(db)
        }
    }
}
