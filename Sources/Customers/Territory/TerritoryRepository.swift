import Foundation
import Zones

/// Where zone drafts and versions are kept, with the properties a re-zoning moves: a zone set and the moves it
/// causes are written in one transaction. Every method is scoped to one tenant.
public protocol TerritoryRepository: Sendable {
    /// Runs `work` against a consistent snapshot.
    func read<T: Sendable>(_ work: @escaping @Sendable (any TerritoryReading) throws -> T) async throws -> T
    /// Runs `work` in one transaction holding `tenant`'s write lock: everything it writes is kept, or nothing is.
    func write<T: Sendable>(tenant: String, _ work: @escaping @Sendable (any TerritoryWriting) throws -> T) async throws -> T
}

/// Reading a tenant's zone sets, drafts and versions, and what a re-zoning needs of its properties.
public protocol TerritoryReading {
    /// The tenant's live zones in definition order.
    func liveZones(tenant: String) throws -> [PositionedZone]
    /// The tenant's current version: the last applied one in effect order.
    func currentVersionID(tenant: String) throws -> String?
    func version(id: String, tenant: String) throws -> ZoneVersion?
    /// The tenant's applied versions.
    func appliedVersions(tenant: String) throws -> [ZoneVersion]
    /// The number the tenant's next version gets.
    func nextVersionNumber(tenant: String) throws -> Int
    /// The tenant's drafts, newest first.
    func drafts(tenant: String) throws -> [ZoneSetDraft]
    func draft(id: String, tenant: String) throws -> ZoneSetDraft?
    /// The draft's zones in its definition order.
    func draftZones(draftID: String, tenant: String) throws -> [PositionedZone]
    /// What a version records of each zone it added, changed or removed.
    func versionEntries(tenant: String, versionIDs: [String]) throws -> [ZoneVersionEntry]
    /// The tenant's active properties of live customers, as a re-zoning reads them.
    func rezoneSubjects(tenant: String) throws -> [RezoneSubject]
    /// The tenant's active route templates.
    func activeRouteTemplates(tenant: String) throws -> [RouteTemplate]
    func tenantSettings(tenant: String) throws -> TenantSettings
    func property(id: String, tenant: String) throws -> Property?
    /// The zone changes versions made to the property, oldest first.
    func zoneChanges(propertyID: String, tenant: String) throws -> [PropertyZoneChange]
}

/// Writing, inside one transaction.
public protocol TerritoryWriting: TerritoryReading {
    /// Stores a new draft with the live zones (`copyingLiveZones`) or none.
    func insertDraft(_ draft: ZoneSetDraft, copyingLiveZones: Bool) throws
    /// Stores the draft's name, note and update time.
    func updateDraft(_ draft: ZoneSetDraft) throws
    func deleteDraft(id: String, tenant: String) throws -> Bool
    /// Inserts or replaces the draft's zone (by id) at its position.
    func saveDraftZone(_ zone: PositionedZone, draftID: String) throws
    func deleteDraftZone(id: String, draftID: String, tenant: String) throws -> Bool
    /// Makes the live zone set `delta`'s result: removed zones deleted (their route-template references cleared),
    /// upserted ones written at their positions.
    func applyToLiveZones(_ delta: ZoneSetDelta, tenant: String, at date: Date) throws
    /// Stores a new version and the zones `delta` says it changed.
    func insertVersion(_ version: ZoneVersion, delta: ZoneSetDelta) throws
    /// Stores the version's status, moved count, failure and application time.
    func updateVersion(_ version: ZoneVersion) throws
    /// Moves each property to the zone, trash day and route template of its move (its other template stops
    /// deactivated), and records the change for its history.
    func apply(_ moves: [PropertyMove], version: ZoneVersion, at date: Date) throws
    /// Stores the events, in order.
    func enqueue(_ events: [OutboxEvent]) throws
    /// Marks an outbox event delivered (its effect is written in the same transaction).
    func markDelivered(eventID: String, tenant: String, at date: Date, note: String?) throws
}
