import Synchronization

/// A value built on first use, once, then shared by every thread that asks for it.
final class LazySnapshot<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value
    private let built = Mutex<Value?>(nil)

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// The value, built by the first caller while later ones wait.
    var value: Value {
        built.withLock { built in
            if let value = built { return value }
            let value = make()
            built = value
            return value
        }
    }
}
