import Foundation
import ZoneIndex

extension ZoneService {
    /// The tenant's versions, newest first.
    public func versions(tenant: String) async throws -> [ZoneVersion] {
        try await store.versions(tenant: tenant)
    }

    /// The tenant's version `id` and the zone set it describes: for an applied version, the set as it left it; for
    /// any other, the set it would make of the current one.
    public func version(id: String, tenant: String) async throws -> (version: ZoneVersion, zones: [Zone]) {
        let versions = try await store.versions(tenant: tenant)
        guard let version = versions.first(where: { $0.id == id }) else { throw ZoneError.versionNotFound(id: id) }
        let timeline = ZoneVersionTimeline(versions)
        var ids = timeline.ids(through: id)
        if version.status != .applied { ids.append(id) }
        return (version, ZoneVersionEntry.fold(try await store.versionEntries(tenant: tenant, versionIDs: ids)))
    }
}
