/// Creates customers in Stripe for the outbox worker.
public protocol StripeCustomerCreating: Sendable {
    /// Creates a Stripe customer and returns its id (`cus_…`). Stripe answers a repeated `idempotencyKey` with the
    /// customer it created the first time (for 24 hours), so a retried creation does not make a second one.
    /// Throws an `OutboxDeliveryError.permanent` when retrying cannot help.
    func createCustomer(email: String, name: String, idempotencyKey: String) async throws -> String
}
