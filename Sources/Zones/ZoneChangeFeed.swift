/// Zone changes as other processes commit them, pushed rather than polled for: a port the database implements
/// where it can (PostgreSQL's `LISTEN/NOTIFY`).
public protocol ZoneChangeFeed: Sendable, CustomStringConvertible {
    /// Starts listening. The sequence yields `.listening` once changes are being received, then each change as it
    /// is committed, until the task is cancelled; it ends, or throws, when the feed stops receiving them (a lost
    /// connection), after which changes may go unseen until a new sequence yields `.listening`.
    func changes() -> AsyncThrowingStream<ZoneChange, any Error>
}

/// What a `ZoneChangeFeed` tells.
public enum ZoneChange: Sendable, Equatable {
    /// The feed receives changes from now on; those made before it did may have been missed.
    case listening
    /// The zones of this tenant changed.
    case tenant(String)
}
