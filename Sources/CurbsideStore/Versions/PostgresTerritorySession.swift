import Customers
import Foundation
import PostgresNIO
import ZoneIndex
import Zones

/// One read or one transaction of a `PostgresTerritoryRepository`: the counterpart of `TerritorySession`.
struct PostgresTerritorySession: TerritoryWriting {
    let session: PostgresSession
    let now: Date

    var customers: PostgresCustomerSession { PostgresCustomerSession(session: session, now: now) }

    func liveZones(tenant: String) throws -> [PositionedZone] {
        try session.fetchAll(ServiceZoneRecord.self, "SELECT * FROM service_zones WHERE tenant_id = \(tenant) ORDER BY position, id COLLATE \"C\"")
            .map { PositionedZone(zone: try $0.zone(), position: $0.position) }
    }

    func currentVersionID(tenant: String) throws -> String? { try PostgresZoneVersionRows.currentID(tenant: tenant, in: session) }
    func version(id: String, tenant: String) throws -> ZoneVersion? { try PostgresZoneVersionRows.version(id: id, tenant: tenant, in: session) }
    func appliedVersions(tenant: String) throws -> [ZoneVersion] {
        try PostgresZoneVersionRows.versions(tenant: tenant, in: session).filter { $0.status == .applied }
    }
    func nextVersionNumber(tenant: String) throws -> Int { try PostgresZoneVersionRows.nextNumber(tenant: tenant, in: session) }
    func versionEntries(tenant: String, versionIDs: [String]) throws -> [ZoneVersionEntry] {
        try PostgresZoneVersionRows.entries(tenant: tenant, versionIDs: versionIDs, in: session)
    }

    func drafts(tenant: String) throws -> [ZoneSetDraft] {
        try session.query("\(unescaped: ZoneDraftRows.select) WHERE d.tenant_id = \(tenant) ORDER BY d.created_at DESC, d.id COLLATE \"C\"")
            .map(Self.draft)
    }

    func draft(id: String, tenant: String) throws -> ZoneSetDraft? {
        try session.query("\(unescaped: ZoneDraftRows.select) WHERE d.tenant_id = \(tenant) AND d.id = \(id)").first.map(Self.draft)
    }

    static func draft(_ row: PostgresRow) throws -> ZoneSetDraft {
        let c = row.makeRandomAccess()
        return ZoneSetDraft(
            id: try c[0].decode(String.self), tenantID: try c[1].decode(String.self), name: try c[2].decode(String?.self),
            note: try c[3].decode(String?.self), baseVersionID: try c[4].decode(String?.self), createdBy: try c[5].decode(String?.self),
            createdAt: try c[6].decode(Date.self), updatedAt: try c[7].decode(Date.self), zoneCount: try c[8].decode(Int.self)
        )
    }

    func draftZones(draftID: String, tenant: String) throws -> [PositionedZone] {
        try session.query("""
            SELECT id, name, boundary, zip_codes, priority, is_active, position FROM zone_draft_zones
            WHERE tenant_id = \(tenant) AND draft_id = \(draftID) ORDER BY position, id COLLATE "C"
            """).map { row in
            let c = row.makeRandomAccess()
            let record = ServiceZoneRecord(
                tenantID: tenant, id: try c[0].decode(String.self), name: try c[1].decode(String.self), boundary: try c[2].decode(String.self),
                zipCodes: try c[3].decode(String.self), priority: try c[4].decode(Int.self), isActive: try c[5].decode(Bool.self),
                position: try c[6].decode(Int.self)
            )
            return PositionedZone(zone: try record.zone(), position: record.position)
        }
    }

    func rezoneSubjects(tenant: String) throws -> [RezoneSubject] {
        let sql = ZoneDraftRows.subjects.replacingOccurrences(of: "?1", with: "$1")
        var bindings = PostgresBindings()
        bindings.append(tenant)
        return try session.query(PostgresQuery(unsafeSQL: sql, binds: bindings)).map { row in
            let c = row.makeRandomAccess()
            return RezoneSubject(
                propertyID: try c[0].decode(String.self), customerID: try c[1].decode(String.self), customerName: try c[2].decode(String.self),
                address: try c[3].decode(String.self), lat: try c[5].decode(Double?.self), lng: try c[6].decode(Double?.self),
                zip: RezoneSubject.zip(ofAddressKey: try c[4].decode(String?.self)), zoneID: try c[7].decode(String?.self),
                method: try c[8].decode(String?.self).flatMap(ZoneMatchMethod.init), planID: try c[9].decode(String?.self),
                trashDay: try c[10].decode(String?.self), templateID: try c[11].decode(String?.self)
            )
        }
    }

    func activeRouteTemplates(tenant: String) throws -> [RouteTemplate] {
        try session.fetchAll(RouteTemplateRecord.self, "SELECT * FROM route_templates WHERE tenant_id = \(tenant) AND is_active").map(\.template)
    }

    func tenantSettings(tenant: String) throws -> TenantSettings { try customers.tenantSettings(tenant: tenant) }
    func property(id: String, tenant: String) throws -> Property? { try customers.property(id: id, tenant: tenant) }

    func zoneChanges(propertyID: String, tenant: String) throws -> [PropertyZoneChange] {
        try session.query("""
            SELECT version_id, from_zone_id, to_zone_id, effective_at FROM property_zone_changes
            WHERE tenant_id = \(tenant) AND property_id = \(propertyID) ORDER BY effective_at, version_id COLLATE "C"
            """).map { row in
            let (version, from, to, date) = try row.decode((String, String?, String?, Date).self)
            return PropertyZoneChange(versionID: version, fromZoneID: from, toZoneID: to, effectiveAt: date)
        }
    }

    // MARK: Writing

    func insertDraft(_ draft: ZoneSetDraft, copyingLiveZones: Bool) throws {
        try session.send("""
            INSERT INTO zone_drafts (tenant_id, id, name, note, base_version_id, created_by, created_at, updated_at)
            VALUES (\(draft.tenantID), \(draft.id), \(draft.name), \(draft.note), \(draft.baseVersionID), \(draft.createdBy),
                \(draft.createdAt), \(draft.updatedAt))
            """)
        guard copyingLiveZones else { return }
        try session.send("""
            INSERT INTO zone_draft_zones (tenant_id, draft_id, id, name, boundary, zip_codes, priority, is_active, position)
            SELECT tenant_id, \(draft.id), id, name, boundary, zip_codes, priority, is_active, position FROM service_zones
            WHERE tenant_id = \(draft.tenantID)
            """)
    }

    func updateDraft(_ draft: ZoneSetDraft) throws {
        try session.send("""
            UPDATE zone_drafts SET name = \(draft.name), note = \(draft.note), updated_at = \(draft.updatedAt)
            WHERE tenant_id = \(draft.tenantID) AND id = \(draft.id)
            """)
    }

    func deleteDraft(id: String, tenant: String) throws -> Bool {
        try session.send("DELETE FROM zone_draft_zones WHERE tenant_id = \(tenant) AND draft_id = \(id)")
        return try session.execute("DELETE FROM zone_drafts WHERE tenant_id = \(tenant) AND id = \(id)") > 0
    }

    func saveDraftZone(_ zone: PositionedZone, draftID: String) throws {
        let r = try ServiceZoneRecord(zone: zone.zone, position: zone.position, now: now)
        try session.send("""
            INSERT INTO zone_draft_zones (tenant_id, draft_id, id, name, boundary, zip_codes, priority, is_active, position)
            VALUES (\(r.tenantID), \(draftID), \(r.id), \(r.name), \(r.boundary), \(r.zipCodes), \(r.priority), \(r.isActive), \(r.position))
            ON CONFLICT (tenant_id, draft_id, id) DO UPDATE SET name = excluded.name, boundary = excluded.boundary,
                zip_codes = excluded.zip_codes, priority = excluded.priority, is_active = excluded.is_active, position = excluded.position
            """)
    }

    func deleteDraftZone(id: String, draftID: String, tenant: String) throws -> Bool {
        try session.execute("DELETE FROM zone_draft_zones WHERE tenant_id = \(tenant) AND draft_id = \(draftID) AND id = \(id)") > 0
    }

    func applyToLiveZones(_ delta: ZoneSetDelta, tenant: String, at date: Date) throws {
        _ = try PostgresZoneStore.remove(ids: delta.removed, tenant: tenant, at: date, in: session)
        for var zone in delta.upserted {
            zone.tenantID = tenant
            let r = try ServiceZoneRecord(zone: zone, position: delta.positions[zone.id] ?? 0, now: date)
            try session.send("""
                INSERT INTO service_zones (tenant_id, id, name, boundary, zip_codes, priority, is_active, position, created_at, updated_at)
                VALUES (\(r.tenantID), \(r.id), \(r.name), \(r.boundary), \(r.zipCodes), \(r.priority), \(r.isActive), \(r.position), \(date), \(date))
                ON CONFLICT (tenant_id, id) DO UPDATE SET name = excluded.name, boundary = excluded.boundary, zip_codes = excluded.zip_codes,
                    priority = excluded.priority, is_active = excluded.is_active, position = excluded.position, updated_at = excluded.updated_at
                """)
        }
    }

    func insertVersion(_ version: ZoneVersion, delta: ZoneSetDelta) throws {
        try PostgresZoneVersionRows.insert(version, in: session)
        try PostgresZoneVersionRows.insertEntries(delta, positions: delta.positions, into: version, in: session)
    }

    func updateVersion(_ v: ZoneVersion) throws {
        try session.send("""
            UPDATE zone_versions SET status = \(v.status.rawValue), moved = \(v.moved), failure = \(v.failure), applied_at = \(v.appliedAt),
                zone_count = \(v.zoneCount)
            WHERE tenant_id = \(v.tenantID) AND id = \(v.id)
            """)
    }

    /// Moves in statements of `batch` rows each, arrays without NULLs ('' stands for none).
    func apply(_ moves: [PropertyMove], version: ZoneVersion, at date: Date) throws {
        let tenant = version.tenantID
        for start in stride(from: 0, to: moves.count, by: Self.batch) {
            let rows = moves[start..<min(moves.count, start + Self.batch)]
            let ids = rows.map(\.propertyID), zones = rows.map { $0.toZoneID ?? "" }, methods = rows.map(\.method.rawValue)
            let days = rows.map { $0.toTrashDay ?? "" }, froms = rows.map { $0.fromZoneID ?? "" }
            try session.send("""
                UPDATE properties AS p SET service_zone_id = NULLIF(m.zone, ''), zone_match_method = m.method,
                    trash_day = NULLIF(m.day, ''), updated_at = \(date)
                FROM unnest(\(ids)::text[], \(zones)::text[], \(methods)::text[], \(days)::text[]) AS m(id, zone, method, day)
                WHERE p.tenant_id = \(tenant) AND p.id = m.id
                """)
            try session.send("""
                UPDATE route_template_stops SET is_active = false, updated_at = \(date)
                WHERE tenant_id = \(tenant) AND property_id = ANY(\(ids)) AND is_active
                """)
            let stops = rows.filter { $0.toRouteTemplateID != nil }
            if !stops.isEmpty {
                let stopIDs = stops.map { _ in RouteTemplateStopRecord.newID() }, templates = stops.map { $0.toRouteTemplateID ?? "" }
                let properties = stops.map(\.propertyID)
                try session.send("""
                    INSERT INTO route_template_stops AS s (tenant_id, id, route_template_id, property_id, is_active, created_at, updated_at)
                    SELECT \(tenant), n.id, n.template, n.property, true, \(date), \(date)
                    FROM unnest(\(stopIDs)::text[], \(templates)::text[], \(properties)::text[]) AS n(id, template, property)
                    ON CONFLICT (tenant_id, route_template_id, property_id)
                    DO UPDATE SET is_active = true, updated_at = excluded.updated_at WHERE NOT s.is_active
                    """)
            }
            try session.send("""
                INSERT INTO property_zone_changes (tenant_id, property_id, version_id, from_zone_id, to_zone_id, effective_at)
                SELECT \(tenant), c.property, \(version.id), NULLIF(c.from_zone, ''), NULLIF(c.to_zone, ''), \(version.effectiveAt)
                FROM unnest(\(ids)::text[], \(froms)::text[], \(zones)::text[]) AS c(property, from_zone, to_zone)
                ON CONFLICT (tenant_id, property_id, version_id) DO UPDATE SET from_zone_id = excluded.from_zone_id,
                    to_zone_id = excluded.to_zone_id, effective_at = excluded.effective_at
                """)
        }
    }

    /// Events in statements of `batch` rows each.
    func enqueue(_ events: [OutboxEvent]) throws {
        guard let tenant = events.first?.tenantID else { return }
        try session.lockTenant(tenant)
        for start in stride(from: 0, to: events.count, by: Self.batch) {
            let rows = events[start..<min(events.count, start + Self.batch)]
            try session.send("""
                INSERT INTO outbox_events (tenant_id, id, kind, subject_id, idempotency_key, attempts, next_attempt_at, created_at, payload)
                SELECT e.tenant, e.id, e.kind, e.subject, e.key, 0, e.due, e.created, NULLIF(e.payload, '')
                FROM unnest(\(rows.map(\.tenantID))::text[], \(rows.map(\.id))::text[], \(rows.map(\.kind.rawValue))::text[],
                    \(rows.map(\.subjectID))::text[], \(rows.map(\.idempotencyKey))::text[], \(rows.map(\.nextAttemptAt))::timestamptz[],
                    \(rows.map(\.createdAt))::timestamptz[], \(rows.map { $0.payload ?? "" })::text[])
                    AS e(tenant, id, kind, subject, key, due, created, payload)
                """)
        }
    }

    static let batch = 5_000

    func markDelivered(eventID: String, tenant: String, at date: Date, note: String?) throws {
        try session.send("""
            UPDATE outbox_events SET delivered_at = \(date), last_error = \(note)
            WHERE tenant_id = \(tenant) AND id = \(eventID) AND delivered_at IS NULL
            """)
    }
}
