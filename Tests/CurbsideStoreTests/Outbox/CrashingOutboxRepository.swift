import CurbsideStore
import Customers
import Foundation

/// The GRDB repository as a process that dies sees it: recording a sent e-mail never happens (it hangs until the
/// task is cancelled, as if the process died after the send and before the transaction that marks the event
/// delivered), and claims are never given back.
struct CrashingOutboxRepository: OutboxRepository {
    let base: GRDBOutboxRepository
    /// Yields the event id each time the worker reaches the recording.
    let reached: AsyncStream<String>.Continuation

    func claimDue(now: Date, until: Date, limit: Int) async throws -> [OutboxEvent] {
        try await base.claimDue(now: now, until: until, limit: limit)
    }

    /// A process that dies gives nothing back: its claims run out instead.
    func releaseClaims(on events: [OutboxEvent], claimedUntil until: Date, now: Date) async throws {}

    func markDelivered(id: String, tenant: String, at date: Date, note: String?) async throws {
        try await base.markDelivered(id: id, tenant: tenant, at: date, note: note)
    }

    func markFailed(id: String, tenant: String, error: String, retryAt: Date) async throws {
        try await base.markFailed(id: id, tenant: tenant, error: error, retryAt: retryAt)
    }

    func customer(id: String, tenant: String) async throws -> Customer? { try await base.customer(id: id, tenant: tenant) }

    func property(id: String, tenant: String) async throws -> Property? { try await base.property(id: id, tenant: tenant) }

    func recordCommunication(_ email: OutgoingEmail, customerID: String, delivering event: OutboxEvent, at date: Date) async throws {
        reached.yield(event.id)
        try await Task.sleep(for: .seconds(3600))
    }

    func setStripeCustomerID(customerID: String, tenant: String, stripeID: String, delivering event: OutboxEvent, at date: Date) async throws {
        try await base.setStripeCustomerID(customerID: customerID, tenant: tenant, stripeID: stripeID, delivering: event, at: date)
    }

    func applyPlacement(_ placement: GeocodedPlacement, delivering event: OutboxEvent, at date: Date) async throws {
        try await base.applyPlacement(placement, delivering: event, at: date)
    }
}
