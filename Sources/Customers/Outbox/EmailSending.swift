/// Sends e-mail for the outbox worker.
///
/// A send may be repeated with the same `idempotencyKey` (after a crash between the send and the worker recording
/// it); implementations pass the key on so the receiving system can drop the repeat.
public protocol EmailSending: Sendable {
    /// Sends `email`; throws when it cannot be handed over (an `OutboxDeliveryError.permanent` when retrying
    /// cannot help).
    func send(_ email: OutgoingEmail, idempotencyKey: String) async throws
}
