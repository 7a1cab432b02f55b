import Synchronization

/// Spaces calls so that no more than `requestsPerSecond` start in any second.
final class RateLimiter: Sendable {
    private let interval: Duration
    private let nextSlot: Mutex<ContinuousClock.Instant>

    init(requestsPerSecond: Double) {
        interval = .seconds(1 / max(requestsPerSecond, 1e-6))
        nextSlot = Mutex(.now)
    }

    /// Waits for this caller's slot.
    func acquire() async {
        let now = ContinuousClock.now
        let slot = nextSlot.withLock { next in
            let slot = max(next, now)
            next = slot + interval
            return slot
        }
        if slot > now { try? await Task.sleep(until: slot, clock: .continuous) }
    }
}
