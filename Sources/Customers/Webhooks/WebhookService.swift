import Foundation

/// The rules of a tenant's webhook subscriptions: valid endpoints and event types, a secret of its own for each,
/// and the delivery log.
public struct WebhookService: Sendable {
    let repository: any WebhookRepository
    let policy: WebhookURLPolicy
    let now: @Sendable () -> Date

    public init(repository: any WebhookRepository, policy: WebhookURLPolicy = WebhookURLPolicy(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.repository = repository
        self.policy = policy
        self.now = now
    }

    /// What a client asks for: the endpoint, its event types, a description.
    public struct Input: Sendable {
        public var url: String?
        public var events: [String]?
        public var description: String?

        public init(url: String?, events: [String]?, description: String?) {
            self.url = url
            self.events = events
            self.description = description
        }
    }

    public func subscriptions(tenant: String) async throws -> [WebhookSubscription] {
        try await repository.subscriptions(tenant: tenant)
    }

    public func subscription(id: String, tenant: String) async throws -> WebhookSubscription {
        guard let subscription = try await repository.subscription(id: id, tenant: tenant) else {
            throw CustomerError.notFound(kind: "webhook", id: id)
        }
        return subscription
    }

    /// A new subscription with a secret of its own.
    public func create(_ input: Input, tenant: String) async throws -> WebhookSubscription {
        let (url, events) = try validated(input)
        let date = now()
        let subscription = WebhookSubscription(
            id: FieldRules.newID("wh_"), tenantID: tenant, url: url, events: events,
            description: FieldRules.trimmed(input.description), secret: Self.newSecret(), createdAt: date, updatedAt: date
        )
        try await repository.insert(subscription)
        return subscription
    }

    /// Replaces the endpoint, types and description, and enables the subscription again (its queued deliveries
    /// resume).
    public func replace(id: String, with input: Input, tenant: String) async throws -> WebhookSubscription {
        let (url, events) = try validated(input)
        var subscription = try await self.subscription(id: id, tenant: tenant)
        subscription.url = url
        subscription.events = events
        subscription.description = FieldRules.trimmed(input.description)
        subscription.status = .active
        subscription.consecutiveFailures = 0
        subscription.updatedAt = now()
        guard try await repository.update(subscription) else { throw CustomerError.notFound(kind: "webhook", id: id) }
        return subscription
    }

    public func delete(id: String, tenant: String) async throws {
        guard try await repository.delete(id: id, tenant: tenant) else { throw CustomerError.notFound(kind: "webhook", id: id) }
    }

    /// A new secret; events are signed with it from now on.
    public func rotateSecret(id: String, tenant: String) async throws -> WebhookSubscription {
        var subscription = try await self.subscription(id: id, tenant: tenant)
        subscription.secret = Self.newSecret()
        subscription.updatedAt = now()
        guard try await repository.update(subscription) else { throw CustomerError.notFound(kind: "webhook", id: id) }
        return subscription
    }

    /// The subscription's deliveries, newest first.
    public func deliveries(webhookID: String, status: WebhookDelivery.Status?, limit: Int, tenant: String) async throws -> [WebhookDelivery] {
        _ = try await subscription(id: webhookID, tenant: tenant)
        return try await repository.deliveries(webhookID: webhookID, tenant: tenant, status: status, limit: limit)
    }

    /// Queues a delivery again, due now.
    public func retry(deliveryID: String, webhookID: String, tenant: String) async throws -> WebhookDelivery {
        _ = try await subscription(id: webhookID, tenant: tenant)
        guard let delivery = try await repository.retry(deliveryID: deliveryID, webhookID: webhookID, tenant: tenant, at: now()) else {
            throw CustomerError.notFound(kind: "delivery", id: deliveryID)
        }
        return delivery
    }

    /// The URL and the event types, checked.
    func validated(_ input: Input) throws(CustomerError) -> (String, [String]) {
        guard let url = FieldRules.trimmed(input.url) else { throw .invalid(field: "url", reason: "is required") }
        if let refusal = policy.refusal(url) { throw .invalid(field: "url", reason: String(refusal.dropFirst(4))) }
        guard let events = input.events, !events.isEmpty else {
            throw .invalid(field: "events", reason: "must name at least one event type, or \"*\"")
        }
        for (offset, type) in events.enumerated() where type != "*" && !WebhookEventType.all.contains(type) {
            throw .invalid(field: "events[\(offset)]", reason: "'\(type)' is not an event type (\(WebhookEventType.all.joined(separator: ", ")) or *)")
        }
        var unique: [String] = []
        for type in events where !unique.contains(type) { unique.append(type) }
        return (url, unique)
    }

    /// `whsec_` and 32 random bytes in hex.
    static func newSecret() -> String {
        var generator = SystemRandomNumberGenerator()
        return "whsec_" + (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}
