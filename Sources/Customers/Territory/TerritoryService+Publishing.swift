import Foundation
import Zones

extension TerritoryService {
    /// Publishes the draft as a new version: applied at once (the live set replaced, properties moved, events
    /// written, in one transaction), or scheduled for `effectiveAt`, when the outbox worker applies it. Refused as
    /// `stale_draft` when another version became current after the draft was made. The draft is consumed.
    public func publish(draftID: String, _ request: PublishRequest, tenant: String, by author: ZoneAuthor) async throws -> ZoneVersion {
        let date = now()
        let effective = max(request.effectiveAt ?? date, date)
        let scheduled = effective > date
        let version = try await repository.write(tenant: tenant) { store in
            let draft = try Self.draft(id: draftID, tenant: tenant, in: store)
            let current = try store.currentVersionID(tenant: tenant)
            guard draft.baseVersionID == current else { throw ZoneError.staleDraft(base: draft.baseVersionID, current: current) }
            let live = try store.liveZones(tenant: tenant)
            let proposed = try store.draftZones(draftID: draftID, tenant: tenant)
            let delta = ZoneSetDelta(from: live, to: proposed)
            var version = ZoneVersion(
                id: ZoneVersion.makeID(), tenantID: tenant, number: 0, effectiveAt: scheduled ? effective : date,
                publishedBy: author.subject, note: request.note ?? draft.note, status: scheduled ? .scheduled : .applied,
                baseVersionID: current, rezone: request.rezone, zoneCount: proposed.count, added: delta.added,
                removed: delta.removed.count, changed: delta.changed, createdAt: date, appliedAt: scheduled ? nil : date
            )
            version.number = try store.nextVersionNumber(tenant: tenant)
            try store.insertVersion(version, delta: delta)
            _ = try store.deleteDraft(id: draftID, tenant: tenant)
            if scheduled {
                var event = OutboxEvent(id: FieldRules.newID("evt_"), tenantID: tenant, kind: .applyZoneVersion, subjectID: version.id, createdAt: date)
                event.nextAttemptAt = effective
                try store.enqueue([event])
            } else {
                try Self.apply(&version, delta: delta, proposed: proposed, in: store, at: date)
            }
            return version
        }
        if !scheduled { try await zones.changed(tenant: tenant) }
        return version
    }

    /// Cancels a scheduled version; refused once it is applied (or canceled or failed).
    public func cancel(versionID: String, tenant: String) async throws -> ZoneVersion {
        try await repository.write(tenant: tenant) { store in
            guard var version = try store.version(id: versionID, tenant: tenant) else { throw ZoneError.versionNotFound(id: versionID) }
            guard version.status == .scheduled else { throw ZoneError.notCancelable(id: versionID, status: version.status) }
            version.status = .canceled
            try store.updateVersion(version)
            return version
        }
    }

    /// Applies the scheduled version `event` names, once, and marks the event delivered in the same transaction. A
    /// version no longer scheduled (canceled, or applied by another worker) is left alone. One whose zones were
    /// changed by a version applied after it was published is not applied: it is marked `failed`, saying which.
    public func applyScheduled(_ event: OutboxEvent) async throws {
        let date = now()
        let applied = try await repository.write(tenant: event.tenantID) { store -> Bool in
            let tenant = event.tenantID
            guard var version = try store.version(id: event.subjectID, tenant: tenant), version.status == .scheduled else {
                try store.markDelivered(eventID: event.id, tenant: tenant, at: date, note: "zone version no longer scheduled")
                return false
            }
            let live = try store.liveZones(tenant: tenant)
            let delta = ZoneSetDelta(entries: try store.versionEntries(tenant: tenant, versionIDs: [version.id]), live: Set(live.map(\.zone.id)))
            let current = try store.currentVersionID(tenant: tenant)
            if current != version.baseVersionID {
                let conflicts = try Self.zonesChanged(since: version, tenant: tenant, in: store).intersection(delta.touchedIDs)
                guard conflicts.isEmpty else {
                    version.status = .failed
                    version.failure = "zones changed by another version after this one was published: \(conflicts.sorted().joined(separator: ", "))"
                    try store.updateVersion(version)
                    try store.markDelivered(eventID: event.id, tenant: tenant, at: date, note: version.failure)
                    return false
                }
            }
            try Self.apply(&version, delta: delta, proposed: delta.applied(to: live), in: store, at: date)
            try store.updateVersion(version)
            try store.markDelivered(eventID: event.id, tenant: tenant, at: date, note: nil)
            return true
        }
        if applied { try await zones.changed(tenant: event.tenantID) }
    }

    /// The zones changed by the versions applied after `version`'s base (in effect order).
    static func zonesChanged(since version: ZoneVersion, tenant: String, in store: any TerritoryReading) throws -> Set<String> {
        let applied = ZoneVersionTimeline(try store.appliedVersions(tenant: tenant)).applied.map(\.id)
        let start = version.baseVersionID.flatMap { applied.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        let later = applied[start...].filter { $0 != version.id }
        return Set(try store.versionEntries(tenant: tenant, versionIDs: Array(later)).map(\.zoneID))
    }

    /// Makes `proposed` the live set and, when the version rezones, moves every property the new set places
    /// elsewhere; writes one `property.rezoned` event per move and one `zone_set.published`.
    static func apply(
        _ version: inout ZoneVersion, delta: ZoneSetDelta, proposed: [PositionedZone], in store: any TerritoryWriting, at date: Date
    ) throws {
        let tenant = version.tenantID
        try store.applyToLiveZones(delta, tenant: tenant, at: date)
        version.status = .applied
        version.appliedAt = date
        version.zoneCount = proposed.count
        if version.rezone {
            let plan = try RezonePlan.make(
                subjects: try store.rezoneSubjects(tenant: tenant), live: proposed, proposed: proposed,
                templates: try store.activeRouteTemplates(tenant: tenant), settings: try store.tenantSettings(tenant: tenant),
                baseVersionID: version.baseVersionID
            )
            try store.apply(plan.moves, version: version, at: date)
            try store.enqueue(try plan.moves.map { try ZoneEventPayload.rezoned($0, version: version, at: date) })
            version.moved = plan.moves.count
        }
        try store.enqueue([try ZoneEventPayload.published(version, at: date)])
    }

    // MARK: History

    /// The property's zone over time, as versions changed it, oldest first.
    public func zoneHistory(propertyID: String, tenant: String) async throws -> PropertyZoneHistory {
        try await repository.read { store in
            guard let property = try store.property(id: propertyID, tenant: tenant) else {
                throw CustomerError.notFound(kind: "property", id: propertyID)
            }
            return PropertyZoneHistory(propertyID: propertyID, currentZoneID: property.serviceZoneID,
                                       changes: try store.zoneChanges(propertyID: propertyID, tenant: tenant))
        }
    }
}
