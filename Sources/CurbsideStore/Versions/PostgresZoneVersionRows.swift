import Foundation
import PostgresNIO
import Zones
import ZoneIndex

/// The `zone_versions` and `zone_version_zones` rows of PostgreSQL: the counterpart of `ZoneVersionRows`.
enum PostgresZoneVersionRows {
    /// Records `log` as a version of the tenant's set published at once by `author` (see `ZoneVersionRows.record`).
    @discardableResult
    static func record(
        _ log: ZoneWriteLog, tenant: String, by author: ZoneAuthor, at date: Date, in session: PostgresSession
    ) throws -> ZoneVersion? {
        guard !log.isEmpty else { return nil }
        let count = try session.value(Int.self, "SELECT COUNT(*) FROM service_zones WHERE tenant_id = \(tenant)") ?? 0
        let version = ZoneVersionRows.direct(
            log, tenant: tenant, number: try nextNumber(tenant: tenant, in: session), base: try currentID(tenant: tenant, in: session),
            zoneCount: count, by: author, at: date
        )
        try insert(version, in: session)
        try copyLive(ids: log.upserted, into: version, in: session)
        try markRemoved(ids: log.removed, in: version, in: session)
        return version
    }

    static func currentID(tenant: String, in session: PostgresSession) throws -> String? {
        try session.value(String.self, """
            SELECT id FROM zone_versions WHERE tenant_id = \(tenant) AND status = 'applied'
            ORDER BY effective_at DESC, number DESC LIMIT 1
            """)
    }

    static func nextNumber(tenant: String, in session: PostgresSession) throws -> Int {
        (try session.value(Int.self, "SELECT MAX(number) FROM zone_versions WHERE tenant_id = \(tenant)") ?? 0) + 1
    }

    static func insert(_ v: ZoneVersion, in session: PostgresSession) throws {
        try session.send("""
            INSERT INTO zone_versions (\(unescaped: ZoneVersionRows.columns)) VALUES (\(v.id), \(v.tenantID), \(v.number), \(v.effectiveAt),
                \(v.publishedBy), \(v.note), \(v.status.rawValue), \(v.baseVersionID), \(v.rezone), \(v.zoneCount), \(v.added),
                \(v.removed), \(v.changed), \(v.moved), \(v.failure), \(v.createdAt), \(v.appliedAt))
            """)
    }

    static func copyLive(ids: [String], into version: ZoneVersion, in session: PostgresSession) throws {
        guard !ids.isEmpty else { return }
        try session.send("""
            INSERT INTO zone_version_zones (tenant_id, version_id, id, removed, name, boundary, zip_codes, priority, is_active, position)
            SELECT tenant_id, \(version.id), id, false, name, boundary, zip_codes, priority, is_active, position FROM service_zones
            WHERE tenant_id = \(version.tenantID) AND id = ANY(\(ids))
            ON CONFLICT (tenant_id, version_id, id) DO NOTHING
            """)
    }

    static func markRemoved(ids: [String], in version: ZoneVersion, in session: PostgresSession) throws {
        guard !ids.isEmpty else { return }
        try session.send("""
            INSERT INTO zone_version_zones (tenant_id, version_id, id, removed, position)
            SELECT \(version.tenantID), \(version.id), removed_id, true, 0 FROM unnest(\(ids)::text[]) AS removed_id
            ON CONFLICT (tenant_id, version_id, id) DO NOTHING
            """)
    }

    static func insertEntries(_ delta: ZoneSetDelta, positions: [String: Int], into version: ZoneVersion, in session: PostgresSession) throws {
        for zone in delta.upserted {
            let record = try ServiceZoneRecord(zone: zone, position: positions[zone.id] ?? 0, now: version.createdAt)
            try session.send("""
                INSERT INTO zone_version_zones (tenant_id, version_id, id, removed, name, boundary, zip_codes, priority, is_active, position)
                VALUES (\(version.tenantID), \(version.id), \(zone.id), false, \(record.name), \(record.boundary), \(record.zipCodes),
                    \(record.priority), \(record.isActive), \(record.position))
                """)
        }
        try markRemoved(ids: delta.removed, in: version, in: session)
    }

    static func versions(tenant: String, in session: PostgresSession) throws -> [ZoneVersion] {
        try session.query("SELECT \(unescaped: ZoneVersionRows.columns) FROM zone_versions WHERE tenant_id = \(tenant) ORDER BY number DESC")
            .map(version)
    }

    static func version(id: String, tenant: String, in session: PostgresSession) throws -> ZoneVersion? {
        try session.query("SELECT \(unescaped: ZoneVersionRows.columns) FROM zone_versions WHERE tenant_id = \(tenant) AND id = \(id)")
            .first.map(version)
    }

    static func version(_ row: PostgresRow) throws -> ZoneVersion {
        let c = row.makeRandomAccess()
        return ZoneVersion(
            id: try c[0].decode(String.self), tenantID: try c[1].decode(String.self), number: try c[2].decode(Int.self),
            effectiveAt: try c[3].decode(Date.self), publishedBy: try c[4].decode(String?.self), note: try c[5].decode(String?.self),
            status: ZoneVersion.Status(rawValue: try c[6].decode(String.self)) ?? .failed, baseVersionID: try c[7].decode(String?.self),
            rezone: try c[8].decode(Bool.self), zoneCount: try c[9].decode(Int.self), added: try c[10].decode(Int.self),
            removed: try c[11].decode(Int.self), changed: try c[12].decode(Int.self), moved: try c[13].decode(Int?.self),
            failure: try c[14].decode(String?.self), createdAt: try c[15].decode(Date.self), appliedAt: try c[16].decode(Date?.self)
        )
    }

    static func entries(tenant: String, versionIDs: [String], in session: PostgresSession) throws -> [ZoneVersionEntry] {
        guard !versionIDs.isEmpty else { return [] }
        let order = Dictionary(versionIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let rows = try session.query("""
            SELECT version_id, id, removed, name, boundary, zip_codes, priority, is_active, position FROM zone_version_zones
            WHERE tenant_id = \(tenant) AND version_id = ANY(\(versionIDs))
            """)
        var entries: [(Int, ZoneVersionEntry)] = []
        for row in rows {
            let c = row.makeRandomAccess()
            let versionID = try c[0].decode(String.self), id = try c[1].decode(String.self), position = try c[8].decode(Int.self)
            var zone: Zone?
            if try !c[2].decode(Bool.self) {
                zone = try ServiceZoneRecord(
                    tenantID: tenant, id: id, name: try c[3].decode(String.self), boundary: try c[4].decode(String.self),
                    zipCodes: try c[5].decode(String.self), priority: try c[6].decode(Int.self), isActive: try c[7].decode(Bool.self),
                    position: position
                ).zone()
            }
            entries.append((order[versionID] ?? 0, ZoneVersionEntry(versionID: versionID, zoneID: id, zone: zone, position: position)))
        }
        return entries.sorted { ($0.0, $0.1.position, $0.1.zoneID) < ($1.0, $1.1.position, $1.1.zoneID) }.map(\.1)
    }
}
