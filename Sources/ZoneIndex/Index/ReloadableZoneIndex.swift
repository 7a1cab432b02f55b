import Synchronization

/// The current index snapshot of a zone set that changes: a reload builds a new snapshot and swaps it in
/// at once, so a query sees either the old zones or the new ones, never a mix.
public final class ReloadableZoneIndex: Sendable {
    private let snapshot: Mutex<ZoneIndex>

    public init(_ index: ZoneIndex) {
        snapshot = Mutex(index)
    }

    /// Starts with an index over `zones`.
    public convenience init(zones: [Zone]) throws(ZoneIndexError) {
        self.init(try ZoneIndex(zones: zones))
    }

    /// The snapshot queries should use now; it stays valid however many reloads follow.
    public var current: ZoneIndex { snapshot.withLock { $0 } }

    /// Builds an index over `zones` and makes it current.
    public func reload(zones: [Zone]) throws(ZoneIndexError) {
        replace(with: try ZoneIndex(zones: zones))
    }

    /// Makes `index` current.
    public func replace(with index: ZoneIndex) {
        snapshot.withLock { $0 = index }
    }
}
