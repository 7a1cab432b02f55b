import Foundation
import Synchronization

/// A clock the test moves by hand.
final class TestClock: Sendable {
    private let date: Mutex<Date>

    init(_ start: Date = CustomerFixtures.epoch) {
        date = Mutex(start)
    }

    /// The current time; pass as `now: clock.now`.
    @Sendable func now() -> Date { date.withLock { $0 } }

    func advance(_ seconds: TimeInterval) {
        date.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
