import Foundation
import GRDB
import Zones
import ZoneIndex

/// The `zone_versions` and `zone_version_zones` rows of SQLite: each version's metadata, and the zones it added,
/// changed (their content as it left them) or removed.
enum ZoneVersionRows {
    static let columns = """
        id, tenant_id, number, effective_at, published_by, note, status, base_version_id, rezone, zone_count, added, removed,
        changed, moved, failure, created_at, applied_at
        """

    /// Records `log` as a version of the tenant's set published at once by `author`, with the zones' content as
    /// `service_zones` holds it now; nothing when the write changed nothing.
    @discardableResult
    static func record(_ log: ZoneWriteLog, tenant: String, by author: ZoneAuthor, at date: Date, in db: Database) throws -> ZoneVersion? {
        guard !log.isEmpty else { return nil }
        let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM service_zones WHERE tenant_id = ?", arguments: [tenant]) ?? 0
        let version = direct(
            log, tenant: tenant, number: try nextNumber(tenant: tenant, in: db), base: try currentID(tenant: tenant, in: db), zoneCount: count,
            by: author, at: date
        )
        try insert(version, in: db)
        try copyLive(ids: log.upserted, into: version, in: db)
        try markRemoved(ids: log.removed, in: version, in: db)
        return version
    }

    /// The version a direct write records: applied at once, moving no property.
    static func direct(
        _ log: ZoneWriteLog, tenant: String, number: Int, base: String?, zoneCount: Int, by author: ZoneAuthor, at date: Date
    ) -> ZoneVersion {
        ZoneVersion(
            id: ZoneVersion.makeID(), tenantID: tenant, number: number, effectiveAt: date, publishedBy: author.subject, note: author.note,
            status: .applied, baseVersionID: base, rezone: false, zoneCount: zoneCount, added: log.added, removed: log.removed.count,
            changed: log.upserted.count - log.added, createdAt: date, appliedAt: date
        )
    }

    /// The tenant's current version: the last applied one in effect order.
    static func currentID(tenant: String, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT id FROM zone_versions WHERE tenant_id = ? AND status = 'applied' ORDER BY effective_at DESC, number DESC LIMIT 1
            """, arguments: [tenant])
    }

    static func nextNumber(tenant: String, in db: Database) throws -> Int {
        (try Int.fetchOne(db, sql: "SELECT MAX(number) FROM zone_versions WHERE tenant_id = ?", arguments: [tenant]) ?? 0) + 1
    }

    static func insert(_ version: ZoneVersion, in db: Database) throws {
        try db.execute(sql: "INSERT INTO zone_versions (\(columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arguments: [
            version.id, version.tenantID, version.number, version.effectiveAt, version.publishedBy, version.note,
            version.status.rawValue, version.baseVersionID, version.rezone, version.zoneCount, version.added, version.removed,
            version.changed, version.moved, version.failure, version.createdAt, version.appliedAt,
        ])
    }

    /// Copies the live content of the tenant's zones `ids` into the version's entries.
    static func copyLive(ids: [String], into version: ZoneVersion, in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO zone_version_zones (tenant_id, version_id, id, removed, name, boundary, zip_codes, priority, is_active, position)
            SELECT tenant_id, ?, id, 0, name, boundary, zip_codes, priority, is_active, position FROM service_zones
            WHERE tenant_id = ? AND id = ?
            """)
        for id in ids { try statement.execute(arguments: [version.id, version.tenantID, id]) }
    }

    /// Records that the version removed the zones `ids`.
    static func markRemoved(ids: [String], in version: ZoneVersion, in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO zone_version_zones (tenant_id, version_id, id, removed, position) VALUES (?, ?, ?, 1, 0)
            """)
        for id in ids { try statement.execute(arguments: [version.tenantID, version.id, id]) }
    }

    /// Stores the zones of `delta` as the version's entries (positions after `firstPosition`, in order).
    static func insertEntries(_ delta: ZoneSetDelta, positions: [String: Int], into version: ZoneVersion, in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO zone_version_zones (tenant_id, version_id, id, removed, name, boundary, zip_codes, priority, is_active, position)
            VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?)
            """)
        for zone in delta.upserted {
            let record = try ServiceZoneRecord(zone: zone, position: positions[zone.id] ?? 0, now: version.createdAt)
            try statement.execute(arguments: [
                version.tenantID, version.id, zone.id, record.name, record.boundary, record.zipCodes, record.priority, record.isActive,
                record.position,
            ])
        }
        try markRemoved(ids: delta.removed, in: version, in: db)
    }

    static func versions(tenant: String, in db: Database) throws -> [ZoneVersion] {
        try Row.fetchAll(db, sql: "SELECT \(columns) FROM zone_versions WHERE tenant_id = ? ORDER BY number DESC", arguments: [tenant])
            .map(version)
    }

    static func version(id: String, tenant: String, in db: Database) throws -> ZoneVersion? {
        try Row.fetchOne(db, sql: "SELECT \(columns) FROM zone_versions WHERE tenant_id = ? AND id = ?", arguments: [tenant, id]).map(version)
    }

    static func version(_ row: Row) throws -> ZoneVersion {
        ZoneVersion(
            id: row[0], tenantID: row[1], number: row[2], effectiveAt: row[3], publishedBy: row[4], note: row[5],
            status: ZoneVersion.Status(rawValue: row[6]) ?? .failed, baseVersionID: row[7], rezone: row[8], zoneCount: row[9],
            added: row[10], removed: row[11], changed: row[12], moved: row[13], failure: row[14], createdAt: row[15], appliedAt: row[16]
        )
    }

    /// The entries of `versionIDs`, in the order of the ids given.
    static func entries(tenant: String, versionIDs: [String], in db: Database) throws -> [ZoneVersionEntry] {
        var entries: [ZoneVersionEntry] = []
        let statement = try db.cachedStatement(sql: """
            SELECT id, removed, name, boundary, zip_codes, priority, is_active, position FROM zone_version_zones
            WHERE tenant_id = ? AND version_id = ? ORDER BY position, id
            """)
        for versionID in versionIDs {
            let rows = try Row.fetchCursor(statement, arguments: [tenant, versionID])
            while let row = try rows.next() {
                let id: String = row[0], position: Int = row[7]
                var zone: Zone?
                if !(row[1] as Bool) {
                    zone = try ServiceZoneRecord(
                        tenantID: tenant, id: id, name: row[2], boundary: row[3], zipCodes: row[4], priority: row[5], isActive: row[6],
                        position: position
                    ).zone()
                }
                entries.append(ZoneVersionEntry(versionID: versionID, zoneID: id, zone: zone, position: position))
            }
        }
        return entries
    }
}
