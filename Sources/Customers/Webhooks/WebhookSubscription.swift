import Foundation

/// A tenant's endpoint that receives its events: where, which types, and the secret they are signed with.
public struct WebhookSubscription: Sendable, Equatable {
    /// Whether deliveries are attempted.
    public enum Status: String, Sendable, Codable, CaseIterable {
        case active
        /// Too many deliveries in a row failed: deliveries wait (still queued) until a PUT enables it again.
        case failing
    }

    /// An identifier such as `wh_k3v9q0m2x8a1b7c4`.
    public var id: String
    public var tenantID: String
    public var url: String
    /// Event types, or `*` for every type.
    public var events: [String]
    public var description: String?
    /// The HMAC-SHA256 key of the signatures (`whsec_…`), shown when made or rotated.
    public var secret: String
    public var status: Status
    public var consecutiveFailures: Int
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: String, tenantID: String, url: String, events: [String], description: String?, secret: String, status: Status = .active,
        consecutiveFailures: Int = 0, createdAt: Date, updatedAt: Date
    ) {
        self.id = id
        self.tenantID = tenantID
        self.url = url
        self.events = events
        self.description = description
        self.secret = secret
        self.status = status
        self.consecutiveFailures = consecutiveFailures
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// Whether events of `type` go to this endpoint.
    public func receives(_ type: String) -> Bool {
        events.contains("*") || events.contains(type)
    }
}

/// The event types a subscription may name.
public enum WebhookEventType {
    public static let all = [
        "customer.created", "customer.updated", "customer.deleted", "customer.restored", "property.created", "property.updated",
        "property.deactivated", "property.rezoned", "zone_set.published", "geocode.completed",
    ]

    /// The outbox event kinds delivered to subscriptions, by the type they are delivered as.
    public static func type(of kind: OutboxEvent.Kind) -> String? {
        switch kind {
        case .propertyRezoned, .zoneSetPublished: kind.rawValue
        case .welcomeEmail, .stripeCustomer, .geocode, .applyZoneVersion: nil
        }
    }
}
