/// When to try a provider again after a retryable failure (429, 5xx, timeout, connection error).
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in all, the first included.
    public var maxAttempts: Int
    /// The backoff before the second attempt; it doubles for each attempt after.
    public var baseDelay: Duration
    /// The longest backoff between attempts.
    public var maxDelay: Duration
    /// The longest `Retry-After` worth waiting for in-line; longer, and the provider counts as down.
    public var maxRetryAfter: Duration

    public init(maxAttempts: Int = 4, baseDelay: Duration = .milliseconds(250), maxDelay: Duration = .seconds(8), maxRetryAfter: Duration = .seconds(30)) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    /// The defaults: 4 attempts, 250 ms doubling to at most 8 s, waiting up to 30 s for `Retry-After`.
    public static let standard = RetryPolicy()

    /// The wait before attempt `attempt + 1` (attempt counts from 1): exponential backoff with full jitter,
    /// but never less than what the provider asked for.
    public func delay(afterAttempt attempt: Int, retryAfter: Duration?, random: Double = Double.random(in: 0..<1)) -> Duration {
        let exponent = min(max(0, attempt - 1), 30)
        let ceiling = min(maxDelay.seconds, baseDelay.seconds * Double(1 << exponent))
        let backoff = Duration.seconds(ceiling * random)
        guard let retryAfter else { return backoff }
        return max(retryAfter, backoff)
    }
}
