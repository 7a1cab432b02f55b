import Foundation

/// Where subscriptions and their deliveries are kept. Every method but the worker's claim is scoped to one tenant.
public protocol WebhookRepository: Sendable {
    /// The tenant's subscriptions, oldest first.
    func subscriptions(tenant: String) async throws -> [WebhookSubscription]
    func subscription(id: String, tenant: String) async throws -> WebhookSubscription?
    func insert(_ subscription: WebhookSubscription) async throws
    /// Stores the subscription's fields; false when the tenant has none by its id.
    func update(_ subscription: WebhookSubscription) async throws -> Bool
    /// Removes the subscription and its deliveries; false when there was none.
    func delete(id: String, tenant: String) async throws -> Bool

    /// Queues `event` (as `body`) for every subscription of its tenant that receives `type`, and marks the outbox
    /// event delivered, in one transaction; returns how many deliveries were queued. An event fanned out before
    /// (another worker's) queues nothing again.
    func fanOut(_ event: OutboxEvent, type: String, body: String, at date: Date) async throws -> Int
    /// Claims up to `limit` due deliveries of active subscriptions, of every tenant, oldest first, at most one per
    /// subscription and record at a time, the oldest pending one of that record: they are due to no other worker
    /// before `until`.
    func claimDue(now: Date, until: Date, limit: Int) async throws -> [ClaimedDelivery]
    /// Records a delivery the endpoint took (2xx): the subscription's failures reset.
    func recordDelivered(_ delivery: WebhookDelivery, statusCode: Int, at date: Date) async throws
    /// Records a failed attempt: due again at `retryAt`, or parked when nil; the subscription counts one more
    /// failure in a row and is marked failing at `failingAfter`.
    func recordFailure(_ delivery: WebhookDelivery, statusCode: Int?, error: String, retryAt: Date?, failingAfter: Int, at date: Date) async throws
    /// The subscription's deliveries, newest first, of `status` when given.
    func deliveries(webhookID: String, tenant: String, status: WebhookDelivery.Status?, limit: Int) async throws -> [WebhookDelivery]
    /// Queues the delivery again, due now; nil when the subscription has no such delivery.
    func retry(deliveryID: String, webhookID: String, tenant: String, at date: Date) async throws -> WebhookDelivery?
    /// Every tenant's deliveries counted by status, and when the oldest pending one was queued: for operators'
    /// metrics.
    func statistics() async throws -> WebhookStatistics
}

/// Deliveries of every tenant by status, and the oldest pending one's queueing time.
public struct WebhookStatistics: Sendable, Equatable {
    public var counts: [WebhookDelivery.Status: Int]
    public var oldestPending: Date?

    public init(counts: [WebhookDelivery.Status: Int], oldestPending: Date?) {
        self.counts = counts
        self.oldestPending = oldestPending
    }
}

/// Posts a signed event to an endpoint.
public protocol WebhookSending: Sendable {
    /// Posts `body` to `url` signed with `secret`; returns the status code, or throws when no answer came.
    func send(url: String, secret: String, eventID: String, body: Data, at date: Date) async throws -> Int
}
