import Synchronization
import ZoneIndex

/// The version timelines of tenants, the indexes of their recent past zone sets, built on demand, and the zones each
/// applied version wrote, decoded once: a match as of a date reads the store once per version, not once per
/// request, and snapshots of versions that changed one zone share the rest (the zones' boundaries are shared
/// values).
final class ZoneSnapshotCache: Sendable {
    private struct State {
        var timelines: [String: ZoneVersionTimeline] = [:]
        /// Indexes by tenant and version id, the most recently used last in `order`.
        var indexes: [Key: ZoneIndex] = [:]
        var order: [Key] = []
        /// The entries of applied versions, which never change.
        var entries: [Key: [ZoneVersionEntry]] = [:]
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

    /// The entries kept of the tenant's versions `ids`, and the ids whose entries are not kept.
    func entries(tenant: String, ids: [String]) -> (kept: [String: [ZoneVersionEntry]], missing: [String]) {
        state.withLock { state in
            var kept: [String: [ZoneVersionEntry]] = [:], missing: [String] = []
            for id in ids {
                if let entries = state.entries[Key(tenant: tenant, version: id)] { kept[id] = entries } else { missing.append(id) }
            }
            return (kept, missing)
        }
    }

    /// Keeps the entries of applied versions (at most `entryVersions` versions; past that, the oldest kept go).
    func keep(entries: [String: [ZoneVersionEntry]], tenant: String) {
        state.withLock { state in
            if state.entries.count + entries.count > Self.entryVersions { state.entries = [:] }
            for (id, list) in entries { state.entries[Key(tenant: tenant, version: id)] = list }
        }
    }

    /// How many versions' entries are kept.
    static let entryVersions = 512

    /// Drops what is kept of `tenant`, whose versions changed (the entries of applied versions stay).
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
