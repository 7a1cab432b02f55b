import Customers
import Foundation
import PostgresNIO

/// Webhook subscriptions and deliveries in PostgreSQL: the counterpart of `GRDBWebhookRepository`. Workers of
/// several replicas claim deliveries with `FOR UPDATE SKIP LOCKED`, so none is claimed by two at once.
public struct PostgresWebhookRepository: WebhookRepository {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    public func subscriptions(tenant: String) async throws -> [WebhookSubscription] {
        try await store.read { session in
            try session.query("SELECT \(unescaped: WebhookRows.subscriptionColumns) FROM webhooks WHERE tenant_id = \(tenant) ORDER BY created_at, id COLLATE \"C\"")
                .map(Self.subscription)
        }
    }

    public func subscription(id: String, tenant: String) async throws -> WebhookSubscription? {
        try await store.read { session in
            try session.query("SELECT \(unescaped: WebhookRows.subscriptionColumns) FROM webhooks WHERE tenant_id = \(tenant) AND id = \(id)")
                .first.map(Self.subscription)
        }
    }

    static func subscription(_ row: PostgresRow) throws -> WebhookSubscription {
        let c = row.makeRandomAccess()
        return WebhookSubscription(
            id: try c[1].decode(String.self), tenantID: try c[0].decode(String.self), url: try c[2].decode(String.self),
            events: WebhookRows.events(try c[3].decode(String.self)), description: try c[4].decode(String?.self), secret: try c[5].decode(String.self),
            status: WebhookSubscription.Status(rawValue: try c[6].decode(String.self)) ?? .failing, consecutiveFailures: try c[7].decode(Int.self),
            createdAt: try c[8].decode(Date.self), updatedAt: try c[9].decode(Date.self)
        )
    }

    public func insert(_ s: WebhookSubscription) async throws {
        try await store.write(lockingTenant: s.tenantID) { session in
            try session.execute("""
                INSERT INTO webhooks (\(unescaped: WebhookRows.subscriptionColumns)) VALUES (\(s.tenantID), \(s.id), \(s.url),
                    \(WebhookRows.eventsJSON(s.events)), \(s.description), \(s.secret), \(s.status.rawValue), \(s.consecutiveFailures), \(s.createdAt), \(s.updatedAt))
                """)
        }
    }

    public func update(_ s: WebhookSubscription) async throws -> Bool {
        try await store.write(lockingTenant: s.tenantID) { session in
            try session.execute("""
                UPDATE webhooks SET url = \(s.url), events = \(WebhookRows.eventsJSON(s.events)), description = \(s.description), secret = \(s.secret),
                    status = \(s.status.rawValue), consecutive_failures = \(s.consecutiveFailures), updated_at = \(s.updatedAt)
                WHERE tenant_id = \(s.tenantID) AND id = \(s.id)
                """) > 0
        }
    }

    public func delete(id: String, tenant: String) async throws -> Bool {
        try await store.write(lockingTenant: tenant) { session in
            try session.send("DELETE FROM webhook_deliveries WHERE tenant_id = \(tenant) AND webhook_id = \(id)")
            return try session.execute("DELETE FROM webhooks WHERE tenant_id = \(tenant) AND id = \(id)") > 0
        }
    }

    public func fanOut(_ event: OutboxEvent, type: String, body: String, at date: Date) async throws -> Int {
        try await store.write(lockingTenant: event.tenantID) { session in
            let tenant = event.tenantID
            guard try session.value(Bool.self, "SELECT delivered_at IS NULL FROM outbox_events WHERE tenant_id = \(tenant) AND id = \(event.id) FOR UPDATE") == true
            else { return 0 }
            let subscriptions = try session.query("SELECT \(unescaped: WebhookRows.subscriptionColumns) FROM webhooks WHERE tenant_id = \(tenant)")
                .map(Self.subscription).filter { $0.receives(type) }
            let start = try session.value(Int.self, "SELECT COALESCE(MAX(sequence), 0) FROM webhook_deliveries WHERE tenant_id = \(tenant)") ?? 0
            for (offset, subscription) in subscriptions.enumerated() {
                try session.send("""
                    INSERT INTO webhook_deliveries (\(unescaped: WebhookRows.deliveryColumns), sequence)
                    VALUES (\(tenant), \(RecordID.make(prefix: "whd_")), \(subscription.id), \(event.id), \(type), \(event.subjectID), \(body), 'pending', 0,
                        \(date), NULL, NULL, \(date), NULL, \(start + offset + 1))
                    ON CONFLICT (tenant_id, webhook_id, event_id) DO NOTHING
                    """)
            }
            let note: String? = subscriptions.isEmpty ? "no subscriber" : nil
            try session.execute("""
                UPDATE outbox_events SET delivered_at = \(date), last_error = \(note) WHERE tenant_id = \(tenant) AND id = \(event.id) AND delivered_at IS NULL
                """)
            return subscriptions.count
        }
    }

    public func claimDue(now: Date, until: Date, limit: Int) async throws -> [ClaimedDelivery] {
        try await store.write { session in
            let columns = WebhookRows.deliveryColumns.split(separator: ",").map { "d." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", ")
            let rows = try session.query("""
                UPDATE webhook_deliveries AS d SET next_attempt_at = \(until)
                FROM (SELECT c.tenant_id, c.id FROM webhook_deliveries c JOIN webhooks w ON w.tenant_id = c.tenant_id AND w.id = c.webhook_id
                      WHERE c.status = 'pending' AND c.next_attempt_at <= \(now) AND w.status = 'active'
                        AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e WHERE e.tenant_id = c.tenant_id AND e.webhook_id = c.webhook_id
                                        AND e.subject_id = c.subject_id AND e.status = 'pending' AND e.sequence < c.sequence)
                      ORDER BY c.created_at, c.sequence LIMIT \(limit) FOR UPDATE OF c SKIP LOCKED) AS claimed
                WHERE d.tenant_id = claimed.tenant_id AND d.id = claimed.id
                RETURNING \(unescaped: columns)
                """)
            let deliveries = try rows.map(Self.delivery).sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
            var endpoints: [String: (String, String)] = [:]
            for (tenant, group) in Dictionary(grouping: deliveries, by: \.tenantID) {
                let ids = Array(Set(group.map(\.webhookID)))
                for row in try session.query("SELECT id, url, secret FROM webhooks WHERE tenant_id = \(tenant) AND id = ANY(\(ids))") {
                    let (id, url, secret) = try row.decode((String, String, String).self)
                    endpoints[tenant + "\u{1F}" + id] = (url, secret)
                }
            }
            return deliveries.compactMap { delivery in
                endpoints[delivery.tenantID + "\u{1F}" + delivery.webhookID].map { ClaimedDelivery(delivery: delivery, url: $0.0, secret: $0.1) }
            }
        }
    }

    static func delivery(_ row: PostgresRow) throws -> WebhookDelivery {
        let c = row.makeRandomAccess()
        return WebhookDelivery(
            id: try c[1].decode(String.self), tenantID: try c[0].decode(String.self), webhookID: try c[2].decode(String.self),
            eventID: try c[3].decode(String.self), eventType: try c[4].decode(String.self), subjectID: try c[5].decode(String.self),
            body: try c[6].decode(String.self), status: WebhookDelivery.Status(rawValue: try c[7].decode(String.self)) ?? .parked,
            attempts: try c[8].decode(Int.self), nextAttemptAt: try c[9].decode(Date.self), lastStatusCode: try c[10].decode(Int?.self),
            lastError: try c[11].decode(String?.self), createdAt: try c[12].decode(Date.self), deliveredAt: try c[13].decode(Date?.self)
        )
    }

    public func recordDelivered(_ d: WebhookDelivery, statusCode: Int, at date: Date) async throws {
        try await store.write { session in
            try session.send("""
                UPDATE webhook_deliveries SET status = 'delivered', attempts = attempts + 1, last_status_code = \(statusCode), last_error = NULL,
                    delivered_at = \(date)
                WHERE tenant_id = \(d.tenantID) AND id = \(d.id) AND status = 'pending'
                """)
            try session.execute("""
                UPDATE webhooks SET consecutive_failures = 0 WHERE tenant_id = \(d.tenantID) AND id = \(d.webhookID) AND consecutive_failures > 0
                """)
        }
    }

    public func recordFailure(
        _ d: WebhookDelivery, statusCode: Int?, error: String, retryAt: Date?, failingAfter: Int, at date: Date
    ) async throws {
        let status = retryAt == nil ? "parked" : "pending"
        let message = String(error.prefix(1_000))
        try await store.write { session in
            try session.send("""
                UPDATE webhook_deliveries SET attempts = attempts + 1, last_status_code = \(statusCode), last_error = \(message), status = \(status),
                    next_attempt_at = \(retryAt ?? date)
                WHERE tenant_id = \(d.tenantID) AND id = \(d.id) AND status = 'pending'
                """)
            try session.execute("""
                UPDATE webhooks SET consecutive_failures = consecutive_failures + 1,
                    status = CASE WHEN consecutive_failures + 1 >= \(failingAfter) THEN 'failing' ELSE status END
                WHERE tenant_id = \(d.tenantID) AND id = \(d.webhookID)
                """)
        }
    }

    public func deliveries(webhookID: String, tenant: String, status: WebhookDelivery.Status?, limit: Int) async throws -> [WebhookDelivery] {
        try await store.read { session in
            try session.query("""
                SELECT \(unescaped: WebhookRows.deliveryColumns) FROM webhook_deliveries
                WHERE tenant_id = \(tenant) AND webhook_id = \(webhookID) AND (\(status?.rawValue)::text IS NULL OR status = \(status?.rawValue))
                ORDER BY sequence DESC LIMIT \(limit)
                """).map(Self.delivery)
        }
    }

    public func statistics() async throws -> WebhookStatistics {
        try await store.read { session in
            var counts: [WebhookDelivery.Status: Int] = [:]
            for row in try session.query("SELECT status, COUNT(*) FROM webhook_deliveries GROUP BY status") {
                let (status, count) = try row.decode((String, Int).self)
                if let status = WebhookDelivery.Status(rawValue: status) { counts[status] = count }
            }
            let oldest = try session.value(Date.self, "SELECT MIN(created_at) FROM webhook_deliveries WHERE status = 'pending'")
            return WebhookStatistics(counts: counts, oldestPending: oldest)
        }
    }

    public func retry(deliveryID: String, webhookID: String, tenant: String, at date: Date) async throws -> WebhookDelivery? {
        try await store.write(lockingTenant: tenant) { session in
            try session.query("""
                UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = \(date)
                WHERE tenant_id = \(tenant) AND webhook_id = \(webhookID) AND id = \(deliveryID)
                RETURNING \(unescaped: WebhookRows.deliveryColumns)
                """).first.map(Self.delivery)
        }
    }
}
