import Synchronization
import ZoneIndex

/// The version timelines of tenants and the indexes of their recent past zone sets, built on demand: a match as of
/// a date reads the store once per version, not once per request.
final class ZoneSnapshotCache: Sendable {
    private struct State {
        var timelines: [String: ZoneVersionTimeline] = [:]
        /// Indexes by tenant and version id, the most recently used last in `order`.
        var indexes: [Key: ZoneIndex] = [:]
        var order: [Key] = []
    }

    struct Key: Hashable {
        var tenant: String
        var version: String
    }

    /// How many past sets are kept indexed.
    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int = 8) {
        self.capacity = capacity
    }

    func timeline(tenant: String) -> ZoneVersionTimeline? {
        state.withLock { $0.timelines[tenant] }
    }

    func keep(_ timeline: ZoneVersionTimeline, tenant: String) {
        state.withLock { $0.timelines[tenant] = timeline }
    }

    func index(_ key: Key) -> ZoneIndex? {
        state.withLock { state in
            guard let index = state.indexes[key] else { return nil }
            state.order.removeAll { $0 == key }
            state.order.append(key)
            return index
        }
    }

    func keep(_ index: ZoneIndex, for key: Key) {
        state.withLock { state in
            state.indexes[key] = index
            state.order.removeAll { $0 == key }
            state.order.append(key)
            while state.order.count > capacity { state.indexes[state.order.removeFirst()] = nil }
        }
    }

    /// Drops what is kept of `tenant`, whose versions changed.
    func forget(tenant: String) {
        state.withLock { state in
            state.timelines[tenant] = nil
            state.order.removeAll { $0.tenant == tenant }
            state.indexes = state.indexes.filter { $0.key.tenant != tenant }
        }
    }

    func forgetAll() {
        state.withLock { $0 = State() }
    }
}
