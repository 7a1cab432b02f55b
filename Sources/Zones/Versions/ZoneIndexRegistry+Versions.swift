import Foundation
import ZoneIndex

extension ZoneIndexRegistry {
    /// The tenant's applied versions in effect order.
    public func timeline(tenant: String) async throws -> ZoneVersionTimeline {
        if let timeline = snapshots.timeline(tenant: tenant) { return timeline }
        let timeline = ZoneVersionTimeline(try await store.versions(tenant: tenant))
        snapshots.keep(timeline, tenant: tenant)
        return timeline
    }

    /// The index of the tenant's zone set as it stood at `date`, and the version then in effect; nil before the
    /// tenant's first version. The current version's is the live index; older ones are built from their versions
    /// and the most recent few kept.
    public func index(for tenant: String, asOf date: Date) async throws -> (index: ZoneIndex, version: ZoneVersion)? {
        let timeline = try await timeline(tenant: tenant)
        guard let version = timeline.version(at: date) else { return nil }
        if version.id == timeline.current?.id { return (index(for: tenant), version) }
        let key = ZoneSnapshotCache.Key(tenant: tenant, version: version.id)
        if let index = snapshots.index(key) { return (index, version) }
        let index = try ZoneIndex(zones: try await zones(tenant: tenant, through: version.id, in: timeline))
        snapshots.keep(index, for: key)
        return (index, version)
    }

    /// The tenant's zones as the applied versions up to `versionID` (in effect order) left them; the entries of
    /// versions read before are not read again.
    func zones(tenant: String, through versionID: String, in timeline: ZoneVersionTimeline) async throws -> [Zone] {
        let ids = timeline.ids(through: versionID)
        var (kept, missing) = snapshots.entries(tenant: tenant, ids: ids)
        if !missing.isEmpty {
            let read = Dictionary(grouping: try await store.versionEntries(tenant: tenant, versionIDs: missing), by: \.versionID)
            let fetched = Dictionary(uniqueKeysWithValues: missing.map { ($0, read[$0] ?? []) })
            snapshots.keep(entries: fetched, tenant: tenant)
            kept.merge(fetched) { $1 }
        }
        return ZoneVersionEntry.fold(ids.flatMap { kept[$0] ?? [] })
    }
}
