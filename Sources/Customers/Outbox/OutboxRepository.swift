import Foundation

/// What the outbox worker reads and writes. Any number of workers may share one database: each claims the events
/// it delivers, for a while, so that no other worker takes them meanwhile.
///
/// Every method named after a side effect (`recordCommunication`, `setStripeCustomerID`, `applyPlacement`) also
/// marks the event delivered, in the same transaction: the effect's record and the delivery are kept together or
/// not at all. An implementation marks the event delivered only while it is still undelivered, and writes nothing
/// else when it already was.
public protocol OutboxRepository: Sendable {
    /// Claims up to `limit` undelivered events due at `now`, of every tenant, oldest first: they are due to no
    /// other worker before `until`. An event still undelivered then (its worker died, say) is due again.
    func claimDue(now: Date, until: Date, limit: Int) async throws -> [OutboxEvent]
    /// Gives back the claims (made until `until`) on those of `events` still undelivered and still so claimed:
    /// they are due again at `now`, to any worker.
    func releaseClaims(on events: [OutboxEvent], claimedUntil until: Date, now: Date) async throws
    /// Marks the event delivered at `date`, never to be due again; a `note` (why nothing was done) is kept as its
    /// last error.
    func markDelivered(id: String, tenant: String, at date: Date, note: String?) async throws
    /// Counts a failed attempt, keeps `error` and makes the event due again at `retryAt`.
    func markFailed(id: String, tenant: String, error: String, retryAt: Date) async throws

    /// The customer, soft-deleted or not, or nil when the tenant has none by that id.
    func customer(id: String, tenant: String) async throws -> Customer?
    /// The property, active or not, or nil when the tenant has none by that id.
    func property(id: String, tenant: String) async throws -> Property?

    /// Records the sent `email` in the customer's communications (channel `email`, status `sent`, sent at
    /// `date`) and marks `event` delivered, in one transaction.
    func recordCommunication(_ email: OutgoingEmail, customerID: String, delivering event: OutboxEvent, at date: Date) async throws
    /// Stores the customer's Stripe id and marks `event` delivered, in one transaction.
    func setStripeCustomerID(customerID: String, tenant: String, stripeID: String, delivering event: OutboxEvent, at date: Date) async throws
    /// Applies `placement` (see `GeocodedPlacement.apply(in:at:)`) and marks `event` delivered, in one transaction;
    /// a placement that no longer fits its record is dropped, with a note on the event.
    func applyPlacement(_ placement: GeocodedPlacement, delivering event: OutboxEvent, at date: Date) async throws
}
