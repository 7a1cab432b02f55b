import Customers
import Foundation
import GRDB
import ZoneIndex
import Zones

/// One read or one transaction of a `GRDBTerritoryRepository`.
struct TerritorySession: TerritoryWriting {
    let db: Database
    let now: Date

    /// The customer rows' session over the same transaction (template stops, settings, outbox).
    var customers: CustomerSession { CustomerSession(db: db, now: now) }

    func liveZones(tenant: String) throws -> [PositionedZone] {
        try ServiceZoneRecord.all().tenant(tenant).definitionOrder().fetchAll(db).map { PositionedZone(zone: try $0.zone(), position: $0.position) }
    }

    func currentVersionID(tenant: String) throws -> String? { try ZoneVersionRows.currentID(tenant: tenant, in: db) }
    func version(id: String, tenant: String) throws -> ZoneVersion? { try ZoneVersionRows.version(id: id, tenant: tenant, in: db) }
    func appliedVersions(tenant: String) throws -> [ZoneVersion] {
        try ZoneVersionRows.versions(tenant: tenant, in: db).filter { $0.status == .applied }
    }
    func nextVersionNumber(tenant: String) throws -> Int { try ZoneVersionRows.nextNumber(tenant: tenant, in: db) }
    func versionEntries(tenant: String, versionIDs: [String]) throws -> [ZoneVersionEntry] {
        try ZoneVersionRows.entries(tenant: tenant, versionIDs: versionIDs, in: db)
    }

    func drafts(tenant: String) throws -> [ZoneSetDraft] {
        try Row.fetchAll(db, sql: "\(ZoneDraftRows.select) WHERE d.tenant_id = ? ORDER BY d.created_at DESC, d.id", arguments: [tenant])
            .map(ZoneDraftRows.draft)
    }

    func draft(id: String, tenant: String) throws -> ZoneSetDraft? {
        try Row.fetchOne(db, sql: "\(ZoneDraftRows.select) WHERE d.tenant_id = ? AND d.id = ?", arguments: [tenant, id]).map(ZoneDraftRows.draft)
    }

    func draftZones(draftID: String, tenant: String) throws -> [PositionedZone] {
        try Row.fetchAll(db, sql: """
            SELECT id, name, boundary, zip_codes, priority, is_active, position FROM zone_draft_zones
            WHERE tenant_id = ? AND draft_id = ? ORDER BY position, id
            """, arguments: [tenant, draftID]).map { row in
            let record = ServiceZoneRecord(
                tenantID: tenant, id: row[0], name: row[1], boundary: row[2], zipCodes: row[3], priority: row[4], isActive: row[5], position: row[6]
            )
            return PositionedZone(zone: try record.zone(), position: record.position)
        }
    }

    func rezoneSubjects(tenant: String) throws -> [RezoneSubject] {
        let rows = try Row.fetchCursor(db, sql: ZoneDraftRows.subjects, arguments: [tenant])
        var subjects: [RezoneSubject] = []
        while let row = try rows.next() {
            subjects.append(RezoneSubject(
                propertyID: row[0], customerID: row[1], customerName: row[2], address: row[3], lat: row[5], lng: row[6],
                zip: RezoneSubject.zip(ofAddressKey: row[4]), zoneID: row[7], method: (row[8] as String?).flatMap(ZoneMatchMethod.init),
                planID: row[9], trashDay: row[10], templateID: row[11]
            ))
        }
        return subjects
    }

    func activeRouteTemplates(tenant: String) throws -> [RouteTemplate] {
        try RouteTemplateRecord.fetchAll(db, sql: "SELECT * FROM route_templates WHERE tenant_id = ? AND is_active", arguments: [tenant]).map(\.template)
    }

    func tenantSettings(tenant: String) throws -> TenantSettings { try customers.tenantSettings(tenant: tenant) }
    func property(id: String, tenant: String) throws -> Property? { try customers.property(id: id, tenant: tenant) }

    func zoneChanges(propertyID: String, tenant: String) throws -> [PropertyZoneChange] {
        try Row.fetchAll(db, sql: """
            SELECT version_id, from_zone_id, to_zone_id, effective_at FROM property_zone_changes
            WHERE tenant_id = ? AND property_id = ? ORDER BY effective_at, version_id
            """, arguments: [tenant, propertyID]).map { PropertyZoneChange(versionID: $0[0], fromZoneID: $0[1], toZoneID: $0[2], effectiveAt: $0[3]) }
    }

    // MARK: Writing

    func insertDraft(_ draft: ZoneSetDraft, copyingLiveZones: Bool) throws {
        try db.execute(sql: """
            INSERT INTO zone_drafts (tenant_id, id, name, note, base_version_id, created_by, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [draft.tenantID, draft.id, draft.name, draft.note, draft.baseVersionID, draft.createdBy, draft.createdAt, draft.updatedAt])
        guard copyingLiveZones else { return }
        try db.execute(sql: """
            INSERT INTO zone_draft_zones (tenant_id, draft_id, id, name, boundary, zip_codes, priority, is_active, position)
            SELECT tenant_id, ?, id, name, boundary, zip_codes, priority, is_active, position FROM service_zones WHERE tenant_id = ?
            """, arguments: [draft.id, draft.tenantID])
    }

    func updateDraft(_ draft: ZoneSetDraft) throws {
        try db.execute(sql: "UPDATE zone_drafts SET name = ?, note = ?, updated_at = ? WHERE tenant_id = ? AND id = ?",
                       arguments: [draft.name, draft.note, draft.updatedAt, draft.tenantID, draft.id])
    }

    func deleteDraft(id: String, tenant: String) throws -> Bool {
        try db.execute(sql: "DELETE FROM zone_draft_zones WHERE tenant_id = ? AND draft_id = ?", arguments: [tenant, id])
        try db.execute(sql: "DELETE FROM zone_drafts WHERE tenant_id = ? AND id = ?", arguments: [tenant, id])
        return db.changesCount > 0
    }

    func saveDraftZone(_ zone: PositionedZone, draftID: String) throws {
        let record = try ServiceZoneRecord(zone: zone.zone, position: zone.position, now: now)
        try db.execute(sql: """
            INSERT OR REPLACE INTO zone_draft_zones (tenant_id, draft_id, id, name, boundary, zip_codes, priority, is_active, position)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [record.tenantID, draftID, record.id, record.name, record.boundary, record.zipCodes, record.priority, record.isActive, record.position])
    }

    func deleteDraftZone(id: String, draftID: String, tenant: String) throws -> Bool {
        try db.execute(sql: "DELETE FROM zone_draft_zones WHERE tenant_id = ? AND draft_id = ? AND id = ?", arguments: [tenant, draftID, id])
        return db.changesCount > 0
    }

    func applyToLiveZones(_ delta: ZoneSetDelta, tenant: String, at date: Date) throws {
        for id in delta.removed { _ = try ZoneStore.remove(id: id, tenant: tenant, at: date, in: db) }
        for var zone in delta.upserted {
            zone.tenantID = tenant
            var record = try ServiceZoneRecord(zone: zone, position: delta.positions[zone.id] ?? 0, now: date)
            if let existing = try ServiceZoneRecord.all().tenant(tenant).zone(id: zone.id).fetchOne(db) {
                record.createdAt = existing.createdAt
                try record.update(db)
            } else {
                try record.insert(db)
            }
        }
    }

    func insertVersion(_ version: ZoneVersion, delta: ZoneSetDelta) throws {
        try ZoneVersionRows.insert(version, in: db)
        try ZoneVersionRows.insertEntries(delta, positions: delta.positions, into: version, in: db)
    }

    func updateVersion(_ version: ZoneVersion) throws {
        try db.execute(sql: """
            UPDATE zone_versions SET status = ?, moved = ?, failure = ?, applied_at = ?, zone_count = ? WHERE tenant_id = ? AND id = ?
            """, arguments: [version.status.rawValue, version.moved, version.failure, version.appliedAt, version.zoneCount, version.tenantID, version.id])
    }

    func apply(_ moves: [PropertyMove], version: ZoneVersion, at date: Date) throws {
        let tenant = version.tenantID
        let update = try db.cachedStatement(sql: """
            UPDATE properties SET service_zone_id = ?, zone_match_method = ?, trash_day = ?, updated_at = ? WHERE tenant_id = ? AND id = ?
            """)
        let history = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO property_zone_changes (tenant_id, property_id, version_id, from_zone_id, to_zone_id, effective_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        let customers = CustomerSession(db: db, now: date)
        for move in moves {
            try update.execute(arguments: [move.toZoneID, move.method.rawValue, move.toTrashDay, date, tenant, move.propertyID])
            try customers.deactivateTemplateStops(propertyID: move.propertyID, tenant: tenant)
            if let template = move.toRouteTemplateID {
                try customers.activateTemplateStop(templateID: template, propertyID: move.propertyID, tenant: tenant)
            }
            try history.execute(arguments: [tenant, move.propertyID, version.id, move.fromZoneID, move.toZoneID, version.effectiveAt])
        }
    }

    func enqueue(_ events: [OutboxEvent]) throws {
        for event in events { try customers.enqueue(event) }
    }

    func markDelivered(eventID: String, tenant: String, at date: Date, note: String?) throws {
        try db.execute(sql: "UPDATE outbox_events SET delivered_at = ?, last_error = ? WHERE tenant_id = ? AND id = ? AND delivered_at IS NULL",
                       arguments: [date, note, tenant, eventID])
    }
}
