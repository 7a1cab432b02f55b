/// How long the outbox worker waits before trying a failed event again.
public enum OutboxBackoff {
    /// The wait before the first retry.
    public static let base = Duration.seconds(1)
    /// The longest wait.
    public static let maximum = Duration.seconds(3600)

    /// The wait after failed attempt number `attempt` (1 for the first): 1 s doubling with each attempt, at most
    /// 1 h, scaled by a random factor between 0.5 and 1 so that events failing together do not retry together.
    public static func exponential(attempt: Int) -> Duration {
        var generator = SystemRandomNumberGenerator()
        return exponential(attempt: attempt, using: &generator)
    }

    /// `exponential(attempt:)` with the jitter drawn from `generator`.
    public static func exponential(attempt: Int, using generator: inout some RandomNumberGenerator) -> Duration {
        let full = withoutJitter(attempt: attempt)
        return full * Double.random(in: 0.5...1, using: &generator)
    }

    /// The wait without jitter: `base` × 2^(attempt − 1), at most `maximum`.
    public static func withoutJitter(attempt: Int) -> Duration {
        let exponent = min(max(attempt, 1) - 1, 12)
        return min(base * (1 << exponent), maximum)
    }
}
