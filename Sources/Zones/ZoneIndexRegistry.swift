import Synchronization
import ZoneIndex

/// The zone index of each tenant, rebuilt from the store whenever that tenant's zones change.
///
/// A rebuild swaps in a complete new index at once, so a request sees the zones before a change or after it,
/// never a mix.
public final class ZoneIndexRegistry: Sendable {
    private struct State {
        var indexes: [String: ZoneIndex] = [:]
        /// The newest rebuild started for each tenant, and the one installed.
        var started: [String: Int] = [:]
        var installed: [String: Int] = [:]
        /// The store revision of each tenant's zones when last looked at.
        var revisions: [String: Int] = [:]
        /// Whether a change feed is listening (see `follow`).
        var following = false
    }

    let store: any ZoneStoring
    private let state = Mutex(State())
    /// Indexes of the zone sets of past versions, for matching as of a date.
    let snapshots = ZoneSnapshotCache()
    private static let empty = try! ZoneIndex(zones: [])

    public init(store: any ZoneStoring) {
        self.store = store
    }

    /// The current index of `tenant` (empty when it has no zones).
    public func index(for tenant: String) -> ZoneIndex {
        state.withLock { $0.indexes[tenant] } ?? Self.empty
    }

    /// Whether a change feed followed by `follow` is listening now.
    public internal(set) var isFollowing: Bool {
        get { state.withLock { $0.following } }
        set { state.withLock { $0.following = newValue } }
    }

    /// Every tenant's current index.
    public var all: [String: ZoneIndex] { state.withLock { $0.indexes } }

    /// Builds every tenant's index from the store.
    public func loadAll() async throws {
        let revisions = try await store.revisions()
        let zones = try await store.allZones()
        var indexes: [String: ZoneIndex] = [:]
        for (tenant, tenantZones) in Dictionary(grouping: zones, by: \.tenantID) {
            indexes[tenant] = try ZoneIndex(zones: tenantZones)
        }
        state.withLock {
            $0.indexes = indexes
            $0.revisions = revisions
        }
        snapshots.forgetAll()
    }

    /// Rebuilds the index of every tenant whose zones another process changed since the last look;
    /// returns those tenants.
    @discardableResult
    public func reloadChangedTenants() async throws -> [String] {
        let revisions = try await store.revisions()
        let changed = state.withLock { state in
            revisions.filter { state.revisions[$0.key] != $0.value }.map(\.key)
        }
        for tenant in changed {
            try await reload(tenant: tenant)
        }
        state.withLock { state in
            for tenant in changed { state.revisions[tenant] = revisions[tenant] }
        }
        return changed.sorted()
    }

    /// Looks for changes by other processes every `interval` until the task is cancelled; only every
    /// `followingInterval`, when given, while a change feed is being followed (`follow`), which tells of them sooner.
    public func watch(every interval: Duration = .seconds(2), whileFollowing followingInterval: Duration? = nil) async {
        let clock = ContinuousClock()
        var lastLook = clock.now
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            if Task.isCancelled { return }
            if let followingInterval, isFollowing, clock.now - lastLook < followingInterval { continue }
            lastLook = clock.now
            _ = try? await reloadChangedTenants()
        }
    }

    /// Rebuilds `tenant`'s index from the store. Of concurrent rebuilds, the one started last wins,
    /// since it read the store after every change that preceded it.
    public func reload(tenant: String) async throws {
        let version = state.withLock { state -> Int in
            let next = (state.started[tenant] ?? 0) + 1
            state.started[tenant] = next
            return next
        }
        let index = try ZoneIndex(zones: try await store.zones(tenant: tenant))
        snapshots.forget(tenant: tenant)
        state.withLock { state in
            guard version > (state.installed[tenant] ?? 0) else { return }
            state.installed[tenant] = version
            state.indexes[tenant] = index
        }
    }
}

extension ZoneIndexRegistry {
    /// The id of the active zone covering the point, else the one listing the ZIP, by the index's precedence;
    /// a malformed ZIP does not hide a polygon match.
    public func zoneID(tenant: String, lat: Double?, lng: Double?, zip: String?) -> String? {
        let index = index(for: tenant)
        if let match = try? index.match(lat: lat, lng: lng, zip: zip) { return match.zone?.id }
        return (try? index.match(lat: lat, lng: lng, zip: nil))?.zone?.id
    }
}
