import Foundation
import ZoneIndex

/// Where the service zones of every tenant are kept, in each tenant's definition order.
public protocol ZoneStoring: Sendable {
    /// The tenant's zones in definition order.
    func zones(tenant: String) async throws -> [Zone]
    /// Every tenant's zones, grouped by tenant, each group in definition order.
    func allZones() async throws -> [Zone]
    /// The tenant's zone `id`, or nil when the tenant has none by that id.
    func zone(id: String, tenant: String) async throws -> Zone?
    /// The number of zones of each tenant that has any.
    func zoneCounts() async throws -> [String: Int]
    /// Each tenant's zone revision: a number that grows with every change to the tenant's zones, by any process.
    func revisions() async throws -> [String: Int]
    /// Adds `zone` to its tenant, after the tenant's other zones; throws `ZoneStoreError.duplicateID` when the
    /// tenant already has a zone with its id.
    func insert(_ zone: Zone, by author: ZoneAuthor) async throws
    /// Replaces the tenant's zone with `zone`'s id, keeping its position and creation time; false when the tenant
    /// has no such zone.
    func update(_ zone: Zone, by author: ZoneAuthor) async throws -> Bool
    /// Removes the tenant's zone `id` and clears the tenant's route template references to it; false when the
    /// tenant has no such zone.
    func delete(id: String, tenant: String, by author: ZoneAuthor) async throws -> Bool
    /// Inserts or replaces each zone, by id, in the tenant `tenant` (whatever tenant the zones name), all or
    /// nothing. New zones follow the tenant's existing ones in the order given; replaced ones keep their place.
    func importZones(_ zones: [Zone], tenant: String, by author: ZoneAuthor) async throws -> ZoneImportSummary
    /// Makes `zones` the tenant's whole zone set, all or nothing: the tenant's zones whose ids they lack are removed
    /// (with the route-template references to them, as `delete` does), and the rest imported as `importZones` does.
    func replaceZones(_ zones: [Zone], tenant: String, by author: ZoneAuthor) async throws -> ZoneImportSummary

    // Every write above records, in its transaction, a version of one change published at once by `author`
    // (`ZoneVersion`), unless it changed nothing.

    /// The tenant's versions, newest (highest number) first.
    func versions(tenant: String) async throws -> [ZoneVersion]
    /// The zones each of `versionIDs` added, changed or removed.
    func versionEntries(tenant: String, versionIDs: [String]) async throws -> [ZoneVersionEntry]
}

extension ZoneStoring {
    public func insert(_ zone: Zone) async throws { try await insert(zone, by: .unnamed) }
    public func update(_ zone: Zone) async throws -> Bool { try await update(zone, by: .unnamed) }
    public func delete(id: String, tenant: String) async throws -> Bool { try await delete(id: id, tenant: tenant, by: .unnamed) }
    public func importZones(_ zones: [Zone], tenant: String) async throws -> ZoneImportSummary {
        try await importZones(zones, tenant: tenant, by: .unnamed)
    }
    public func replaceZones(_ zones: [Zone], tenant: String) async throws -> ZoneImportSummary {
        try await replaceZones(zones, tenant: tenant, by: .unnamed)
    }
}

