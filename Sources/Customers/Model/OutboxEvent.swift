import Foundation

/// A side effect on another system, recorded in the same transaction as the change that causes it and delivered
/// afterwards by the outbox worker, with retries, exactly once per idempotency key.
public struct OutboxEvent: Sendable, Equatable, Codable {
    /// What the event does.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Send the welcome e-mail to a new customer.
        case welcomeEmail = "welcome_email"
        /// Create the Stripe customer for a new customer with an e-mail address.
        case stripeCustomer = "stripe_customer"
        /// Geocode and zone-match a customer's or property's address the geocoder could not answer at once.
        case geocode
        /// Apply a scheduled zone version (the subject) when its date comes.
        case applyZoneVersion = "zone_version.apply"
        /// A re-zoning moved a property (the subject); the payload says from and to what.
        case propertyRezoned = "property.rezoned"
        /// A zone version (the subject) was applied; the payload gives its counts.
        case zoneSetPublished = "zone_set.published"
    }

    public var id: String
    public var tenantID: String
    public var kind: Kind
    /// The customer (or property, for `geocode`) the event is about.
    public var subjectID: String
    /// Sent to the other system so a retried delivery is not acted on twice.
    public var idempotencyKey: String
    public var attempts: Int
    public var nextAttemptAt: Date
    public var deliveredAt: Date?
    public var lastError: String?
    public var createdAt: Date
    /// What the event carries for its receiver, as JSON (nil for kinds that read their subject when delivered).
    public var payload: String?

    public init(id: String, tenantID: String, kind: Kind, subjectID: String, createdAt: Date) {
        self.id = id
        self.tenantID = tenantID
        self.kind = kind
        self.subjectID = subjectID
        self.idempotencyKey = id
        self.attempts = 0
        self.nextAttemptAt = createdAt
        self.createdAt = createdAt
    }
}
