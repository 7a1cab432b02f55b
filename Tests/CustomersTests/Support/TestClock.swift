import Foundation
import Synchronization

/// A clock that stands still until moved.
final class TestClock: Sendable {
    static let start = Date(timeIntervalSince1970: 1_772_000_000)

    private let current = Mutex(TestClock.start)

    func now() -> Date { current.withLock { $0 } }

    /// Moves the clock `seconds` forward.
    func advance(_ seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
