import Customers
import Foundation
import GRDB

/// Webhook subscriptions and deliveries in the curbside database.
public struct GRDBWebhookRepository: WebhookRepository {
    public let database: CurbsideDatabase

    public init(database: CurbsideDatabase) {
        self.database = database
    }

    public func subscriptions(tenant: String) async throws -> [WebhookSubscription] {
        try await database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT \(WebhookRows.subscriptionColumns) FROM webhooks WHERE tenant_id = ? ORDER BY created_at, id", arguments: [tenant])
                .map(Self.subscription)
        }
    }

    public func subscription(id: String, tenant: String) async throws -> WebhookSubscription? {
        try await database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT \(WebhookRows.subscriptionColumns) FROM webhooks WHERE tenant_id = ? AND id = ?", arguments: [tenant, id])
                .map(Self.subscription)
        }
    }

    static func subscription(_ row: Row) -> WebhookSubscription {
        WebhookSubscription(
            id: row[1], tenantID: row[0], url: row[2], events: WebhookRows.events(row[3]), description: row[4], secret: row[5],
            status: WebhookSubscription.Status(rawValue: row[6]) ?? .failing, consecutiveFailures: row[7], createdAt: row[8], updatedAt: row[9]
        )
    }

    public func insert(_ s: WebhookSubscription) async throws {
        try await database.writer.write { db in
            try db.execute(sql: "INSERT INTO webhooks (\(WebhookRows.subscriptionColumns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arguments: [
                s.tenantID, s.id, s.url, WebhookRows.eventsJSON(s.events), s.description, s.secret, s.status.rawValue, s.consecutiveFailures,
                s.createdAt, s.updatedAt,
            ])
        }
    }

    public func update(_ s: WebhookSubscription) async throws -> Bool {
        try await database.writer.write { db in
            try db.execute(sql: """
                UPDATE webhooks SET url = ?, events = ?, description = ?, secret = ?, status = ?, consecutive_failures = ?, updated_at = ?
                WHERE tenant_id = ? AND id = ?
                """, arguments: [
                    s.url, WebhookRows.eventsJSON(s.events), s.description, s.secret, s.status.rawValue, s.consecutiveFailures, s.updatedAt,
                    s.tenantID, s.id,
                ])
            return db.changesCount > 0
        }
    }

    public func delete(id: String, tenant: String) async throws -> Bool {
        try await database.writer.write { db in
            try db.execute(sql: "DELETE FROM webhook_deliveries WHERE tenant_id = ? AND webhook_id = ?", arguments: [tenant, id])
            try db.execute(sql: "DELETE FROM webhooks WHERE tenant_id = ? AND id = ?", arguments: [tenant, id])
            return db.changesCount > 0
        }
    }

    public func fanOut(_ event: OutboxEvent, type: String, body: String, at date: Date) async throws -> Int {
        try await database.writer.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT delivered_at IS NULL FROM outbox_events WHERE tenant_id = ? AND id = ?", arguments: [event.tenantID, event.id]) == true
            else { return 0 }
            let subscriptions = try Row.fetchAll(db, sql: "SELECT \(WebhookRows.subscriptionColumns) FROM webhooks WHERE tenant_id = ? ORDER BY created_at, id",
                                                 arguments: [event.tenantID]).map(Self.subscription).filter { $0.receives(type) }
            var sequence = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(sequence), 0) FROM webhook_deliveries WHERE tenant_id = ?", arguments: [event.tenantID]) ?? 0
            for subscription in subscriptions {
                sequence += 1
                try db.execute(sql: """
                    INSERT OR IGNORE INTO webhook_deliveries (\(WebhookRows.deliveryColumns), sequence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, NULL, NULL, ?, NULL, ?)
                    """, arguments: [event.tenantID, RecordID.make(prefix: "whd_"), subscription.id, event.id, type, event.subjectID, body, date, date, sequence])
            }
            try db.execute(sql: "UPDATE outbox_events SET delivered_at = ?, last_error = ? WHERE tenant_id = ? AND id = ? AND delivered_at IS NULL",
                           arguments: [date, subscriptions.isEmpty ? "no subscriber" : nil, event.tenantID, event.id])
            return subscriptions.count
        }
    }

    public func claimDue(now: Date, until: Date, limit: Int) async throws -> [ClaimedDelivery] {
        try await database.writer.write { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(WebhookRows.deliveryColumns.split(separator: ",").map { "d." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", ")),
                    w.url, w.secret
                FROM webhook_deliveries d JOIN webhooks w ON w.tenant_id = d.tenant_id AND w.id = d.webhook_id
                WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND w.status = 'active'
                  AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e WHERE e.tenant_id = d.tenant_id AND e.webhook_id = d.webhook_id
                                  AND e.subject_id = d.subject_id AND e.status = 'pending' AND e.sequence < d.sequence)
                ORDER BY d.created_at, d.sequence LIMIT ?
                """, arguments: [now, limit])
            var claimed: [ClaimedDelivery] = []
            for row in rows {
                let delivery = Self.delivery(row)
                try db.execute(sql: "UPDATE webhook_deliveries SET next_attempt_at = ? WHERE tenant_id = ? AND id = ?",
                               arguments: [until, delivery.tenantID, delivery.id])
                claimed.append(ClaimedDelivery(delivery: delivery, url: row[14], secret: row[15]))
            }
            return claimed
        }
    }

    static func delivery(_ row: Row) -> WebhookDelivery {
        WebhookDelivery(
            id: row[1], tenantID: row[0], webhookID: row[2], eventID: row[3], eventType: row[4], subjectID: row[5], body: row[6],
            status: WebhookDelivery.Status(rawValue: row[7]) ?? .parked, attempts: row[8], nextAttemptAt: row[9], lastStatusCode: row[10],
            lastError: row[11], createdAt: row[12], deliveredAt: row[13]
        )
    }

    public func recordDelivered(_ d: WebhookDelivery, statusCode: Int, at date: Date) async throws {
        try await database.writer.write { db in
            try db.execute(sql: """
                UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, last_status_code = ?, last_error = NULL, delivered_at = ?
                WHERE tenant_id = ? AND id = ? AND status = 'pending'
                """, arguments: [statusCode, date, d.tenantID, d.id])
            try db.execute(sql: "UPDATE webhooks SET consecutive_failures = 0 WHERE tenant_id = ? AND id = ? AND consecutive_failures > 0",
                           arguments: [d.tenantID, d.webhookID])
        }
    }

    public func recordFailure(
        _ d: WebhookDelivery, statusCode: Int?, error: String, retryAt: Date?, failingAfter: Int, at date: Date
    ) async throws {
        try await database.writer.write { db in
            try db.execute(sql: """
                UPDATE webhook_deliveries SET attempts = attempts + 1, last_status_code = ?, last_error = ?, status = ?, next_attempt_at = ?
                WHERE tenant_id = ? AND id = ? AND status = 'pending'
                """, arguments: [statusCode, String(error.prefix(1_000)), retryAt == nil ? "parked" : "pending", retryAt ?? date, d.tenantID, d.id])
            try db.execute(sql: """
                UPDATE webhooks SET consecutive_failures = consecutive_failures + 1,
                    status = CASE WHEN consecutive_failures + 1 >= ? THEN 'failing' ELSE status END
                WHERE tenant_id = ? AND id = ?
                """, arguments: [failingAfter, d.tenantID, d.webhookID])
        }
    }

    public func deliveries(webhookID: String, tenant: String, status: WebhookDelivery.Status?, limit: Int) async throws -> [WebhookDelivery] {
        try await database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(WebhookRows.deliveryColumns) FROM webhook_deliveries WHERE tenant_id = ? AND webhook_id = ? AND (? IS NULL OR status = ?)
                ORDER BY sequence DESC LIMIT ?
                """, arguments: [tenant, webhookID, status?.rawValue, status?.rawValue, limit]).map(Self.delivery)
        }
    }

    public func statistics() async throws -> WebhookStatistics {
        try await database.writer.read { db in
            var counts: [WebhookDelivery.Status: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) FROM webhook_deliveries GROUP BY status") {
                if let status = WebhookDelivery.Status(rawValue: row[0]) { counts[status] = row[1] }
            }
            let oldest = try Date.fetchOne(db, sql: "SELECT MIN(created_at) FROM webhook_deliveries WHERE status = 'pending'")
            return WebhookStatistics(counts: counts, oldestPending: oldest)
        }
    }

    public func retry(deliveryID: String, webhookID: String, tenant: String, at date: Date) async throws -> WebhookDelivery? {
        try await database.writer.write { db in
            try db.execute(sql: """
                UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ? WHERE tenant_id = ? AND webhook_id = ? AND id = ?
                """, arguments: [date, tenant, webhookID, deliveryID])
            return try Row.fetchOne(db, sql: "SELECT \(WebhookRows.deliveryColumns) FROM webhook_deliveries WHERE tenant_id = ? AND webhook_id = ? AND id = ?",
                                    arguments: [tenant, webhookID, deliveryID]).map(Self.delivery)
        }
    }
}
