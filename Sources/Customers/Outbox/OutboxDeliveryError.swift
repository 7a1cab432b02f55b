/// Why an outbox delivery failed, as senders and clients report it. Any other error counts as `retryable`.
public enum OutboxDeliveryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Worth trying again later: a timeout, a rate limit, a server error, a connection failure.
    case retryable(String)
    /// Trying again cannot help (the request was refused as invalid or unauthorized); the event is parked.
    case permanent(String)

    public var description: String {
        switch self {
        case .retryable(let reason): reason
        case .permanent(let reason): "permanent: \(reason)"
        }
    }
}
