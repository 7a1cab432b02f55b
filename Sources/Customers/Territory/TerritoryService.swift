import Foundation
import ZoneIndex
import Zones

/// Re-zoning: drafts of a tenant's zone set, the preview of who moves, publishing (now or on a date), canceling a
/// scheduled version, and each property's zone over time.
public struct TerritoryService: Sendable {
    let repository: any TerritoryRepository
    /// Rebuilds the tenant's index (and refreshes its assessments) once a version is applied.
    let zones: ZoneService
    let now: @Sendable () -> Date

    public init(repository: any TerritoryRepository, zones: ZoneService, now: @escaping @Sendable () -> Date = { Date() }) {
        self.repository = repository
        self.zones = zones
        self.now = now
    }

    /// How a draft starts.
    public enum DraftOrigin: String, Sendable, CaseIterable {
        /// A copy of the current set.
        case current
        /// No zones.
        case empty
    }

    /// What a publish asks for.
    public struct PublishRequest: Sendable {
        /// When the set takes effect; nil, or a time not after now, applies it at once.
        public var effectiveAt: Date?
        public var note: String?
        /// Whether the tenant's properties move to the zones the new set gives them.
        public var rezone: Bool

        public init(effectiveAt: Date? = nil, note: String? = nil, rezone: Bool = true) {
            self.effectiveAt = effectiveAt
            self.note = note
            self.rezone = rezone
        }
    }

    // MARK: Drafts

    public func drafts(tenant: String) async throws -> [ZoneSetDraft] {
        try await repository.read { try $0.drafts(tenant: tenant) }
    }

    public func draft(id: String, tenant: String) async throws -> ZoneSetDraft {
        try await repository.read { try Self.draft(id: id, tenant: tenant, in: $0) }
    }

    static func draft(id: String, tenant: String, in store: any TerritoryReading) throws -> ZoneSetDraft {
        guard let draft = try store.draft(id: id, tenant: tenant) else { throw ZoneError.draftNotFound(id: id) }
        return draft
    }

    /// A new draft: a copy of the current set and its version, or an empty set on the current version.
    public func createDraft(name: String?, note: String?, from origin: DraftOrigin, tenant: String, by author: ZoneAuthor) async throws -> ZoneSetDraft {
        let date = now()
        let name = name?.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await repository.write(tenant: tenant) { store in
            var draft = ZoneSetDraft(
                id: ZoneSetDraft.makeID(), tenantID: tenant, name: name?.isEmpty == true ? nil : name, note: note,
                baseVersionID: try store.currentVersionID(tenant: tenant), createdBy: author.subject, createdAt: date, updatedAt: date
            )
            try store.insertDraft(draft, copyingLiveZones: origin == .current)
            draft.zoneCount = origin == .current ? try store.liveZones(tenant: tenant).count : 0
            return draft
        }
    }

    public func deleteDraft(id: String, tenant: String) async throws {
        guard try await repository.write(tenant: tenant, { try $0.deleteDraft(id: id, tenant: tenant) }) else {
            throw ZoneError.draftNotFound(id: id)
        }
    }

    // MARK: A draft's zones

    /// The draft's zones in definition order.
    public func draftZones(draftID: String, tenant: String) async throws -> [Zone] {
        try await repository.read { store in
            _ = try Self.draft(id: draftID, tenant: tenant, in: store)
            return try store.draftZones(draftID: draftID, tenant: tenant).map(\.zone)
        }
    }

    public func draftZone(id: String, draftID: String, tenant: String) async throws -> Zone {
        guard let zone = try await draftZones(draftID: draftID, tenant: tenant).first(where: { $0.id == id }) else {
            throw ZoneError.notFound(id: id)
        }
        return zone
    }

    /// Adds the zone `input` describes to the draft, after its others, by the rules of live zones.
    public func createDraftZone(_ input: ZoneDraft, draftID: String, tenant: String) async throws -> Zone {
        if let id = input.id, !ZoneID.isValid(id) {
            throw ZoneError.invalid("id must start with sz_ and hold only letters, digits, _ and - (at most 64 characters)")
        }
        let zone = try ZoneService.zone(from: input, id: input.id ?? ZoneID.make(), tenant: tenant)
        return try await editDraft(draftID, tenant: tenant) { store, zones in
            guard !zones.contains(where: { $0.zone.id == zone.id }) else { throw ZoneError.duplicateID(zone.id) }
            try store.saveDraftZone(PositionedZone(zone: zone, position: (zones.map(\.position).max() ?? -1) + 1), draftID: draftID)
            return zone
        }
    }

    /// Replaces the draft's zone `id`, keeping its place.
    public func replaceDraftZone(id: String, with input: ZoneDraft, draftID: String, tenant: String) async throws -> Zone {
        if let bodyID = input.id, bodyID != id { throw ZoneError.invalid("id in the body (\(bodyID)) differs from the path (\(id))") }
        let zone = try ZoneService.zone(from: input, id: id, tenant: tenant)
        return try await editDraft(draftID, tenant: tenant) { store, zones in
            guard let existing = zones.first(where: { $0.zone.id == id }) else { throw ZoneError.notFound(id: id) }
            try store.saveDraftZone(PositionedZone(zone: zone, position: existing.position), draftID: draftID)
            return zone
        }
    }

    public func deleteDraftZone(id: String, draftID: String, tenant: String) async throws {
        try await editDraft(draftID, tenant: tenant) { store, _ in
            guard try store.deleteDraftZone(id: id, draftID: draftID, tenant: tenant) else { throw ZoneError.notFound(id: id) }
        }
    }

    /// Imports a zone file into the draft, all or nothing, as `ZoneService.importFile` does into the live set.
    public func importDraft(_ file: ZoneFile, mode: ZoneImportMode, draftID: String, tenant: String) async throws -> ZoneImportResult {
        guard file.problems.isEmpty else { throw ZoneError.fileProblems(file.problems) }
        guard !file.zones.isEmpty else { throw ZoneError.unreadableFile("it holds no zones") }
        let summary = try await editDraft(draftID, tenant: tenant) { store, zones in
            var summary = ZoneImportSummary(inserted: 0, updated: 0)
            var places = Dictionary(zones.map { ($0.zone.id, $0.position) }, uniquingKeysWith: { first, _ in first })
            if mode == .replace {
                let kept = Set(file.zones.map(\.id))
                for zone in zones where !kept.contains(zone.zone.id) {
                    _ = try store.deleteDraftZone(id: zone.zone.id, draftID: draftID, tenant: tenant)
                    places[zone.zone.id] = nil
                    summary.deleted += 1
                }
            }
            var next = (places.values.max() ?? -1) + 1
            for var zone in file.zones {
                zone.tenantID = tenant
                if let position = places[zone.id] {
                    summary.updated += 1
                    try store.saveDraftZone(PositionedZone(zone: zone, position: position), draftID: draftID)
                } else {
                    summary.inserted += 1
                    places[zone.id] = next
                    try store.saveDraftZone(PositionedZone(zone: zone, position: next), draftID: draftID)
                    next += 1
                }
            }
            return summary
        }
        return ZoneImportResult(zones: file.zones.count, summary: summary, repairs: file.repairs, notes: file.notes)
    }

    /// Runs `edit` on the draft's zones in one transaction and stamps the draft updated.
    @discardableResult
    func editDraft<T: Sendable>(
        _ draftID: String, tenant: String, _ edit: @escaping @Sendable (any TerritoryWriting, [PositionedZone]) throws -> T
    ) async throws -> T {
        let date = now()
        return try await repository.write(tenant: tenant) { store in
            var draft = try Self.draft(id: draftID, tenant: tenant, in: store)
            let result = try edit(store, try store.draftZones(draftID: draftID, tenant: tenant))
            draft.updatedAt = date
            try store.updateDraft(draft)
            return result
        }
    }

    // MARK: Preview

    /// Who publishing the draft would move, as production's matcher places them on the draft's set.
    public func impact(draftID: String, tenant: String) async throws -> RezonePlan {
        try await repository.read { store in
            let draft = try Self.draft(id: draftID, tenant: tenant, in: store)
            return try RezonePlan.make(
                subjects: try store.rezoneSubjects(tenant: tenant), live: try store.liveZones(tenant: tenant),
                proposed: try store.draftZones(draftID: draftID, tenant: tenant), templates: try store.activeRouteTemplates(tenant: tenant),
                settings: try store.tenantSettings(tenant: tenant), baseVersionID: draft.baseVersionID
            )
        }
    }
}
