import Foundation
import Zones
import GRDB
import ZoneIndex

/// The service zones of every tenant, kept in each tenant's definition order.
public struct ZoneStore: ZoneStoring {
    public let database: CurbsideDatabase
    private let now: @Sendable () -> Date

    /// A store over `database`; `now` stamps created and updated times.
    public init(database: CurbsideDatabase, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    /// A new random zone id: `sz_` and 16 characters from `[a-z0-9]`.
    public static func newZoneID() -> String { ZoneID.make() }

    // MARK: Reading

    /// The tenant's zones in definition order.
    public func zones(tenant: String) async throws -> [Zone] {
        try await database.writer.read { db in
            try ServiceZoneRecord.all().tenant(tenant).definitionOrder().fetchAll(db).map { try $0.zone() }
        }
    }

    /// Every tenant's zones, grouped by tenant, each group in definition order.
    public func allZones() async throws -> [Zone] {
        try await database.writer.read { db in
            try ServiceZoneRecord.all().definitionOrder().fetchAll(db).map { try $0.zone() }
        }
    }

    /// The tenant's zone `id`, or nil when the tenant has none by that id.
    public func zone(id: String, tenant: String) async throws -> Zone? {
        try await database.writer.read { db in
            try ServiceZoneRecord.all().tenant(tenant).zone(id: id).fetchOne(db)?.zone()
        }
    }

    /// The number of zones of each tenant that has any.
    public func zoneCounts() async throws -> [String: Int] {
        try await database.writer.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT tenant_id, COUNT(*) FROM service_zones GROUP BY tenant_id")
            return Dictionary(uniqueKeysWithValues: rows.map { (row: Row) in (row[0] as String, row[1] as Int) })
        }
    }

    /// Each tenant's zone revision: a number that grows with every change to the tenant's zones, by any process.
    public func revisions() async throws -> [String: Int] {
        try await database.writer.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT tenant_id, revision FROM zone_revisions")
            return Dictionary(uniqueKeysWithValues: rows.map { (row: Row) in (row[0] as String, row[1] as Int) })
        }
    }

    // MARK: Writing

    /// Adds `zone` to its tenant, after the tenant's other zones; throws `ZoneStoreError.duplicateID` when the
    /// tenant already has a zone with its id.
    public func insert(_ zone: Zone, by author: ZoneAuthor) async throws {
        let date = now()
        try await database.writer.write { db in
            guard try ServiceZoneRecord.all().tenant(zone.tenantID).zone(id: zone.id).isEmpty(db) else {
                throw ZoneStoreError.duplicateID(zone.id)
            }
            try Self.insertNew(zone, at: date, in: db)
            try ZoneVersionRows.record(ZoneWriteLog(upserted: [zone.id], added: 1), tenant: zone.tenantID, by: author, at: date, in: db)
        }
    }

    /// Replaces the tenant's zone with `zone`'s id, keeping its position and creation time; false when the tenant
    /// has no such zone.
    public func update(_ zone: Zone, by author: ZoneAuthor) async throws -> Bool {
        let date = now()
        return try await database.writer.write { db in
            var log = ZoneWriteLog()
            guard try Self.replaceExisting(with: zone, at: date, in: db, log: &log) else { return false }
            try ZoneVersionRows.record(log, tenant: zone.tenantID, by: author, at: date, in: db)
            return true
        }
    }

    /// Removes the tenant's zone `id` and clears the tenant's route template references to it; false when the
    /// tenant has no such zone.
    public func delete(id: String, tenant: String, by author: ZoneAuthor) async throws -> Bool {
        let date = now()
        return try await database.writer.write { db in
            guard try Self.remove(id: id, tenant: tenant, at: date, in: db) else { return false }
            try ZoneVersionRows.record(ZoneWriteLog(removed: [id]), tenant: tenant, by: author, at: date, in: db)
            return true
        }
    }

    /// Inserts or replaces each zone, by id, in the tenant `tenant` (whatever tenant the zones name), all or
    /// nothing. New zones follow the tenant's existing ones in the order given; replaced ones keep their place.
    public func importZones(_ zones: [Zone], tenant: String, by author: ZoneAuthor) async throws -> ZoneImportSummary {
        let date = now()
        return try await database.writer.write { db in
            var log = ZoneWriteLog()
            let summary = try Self.upsert(zones, tenant: tenant, at: date, in: db, log: &log)
            try ZoneVersionRows.record(log, tenant: tenant, by: author, at: date, in: db)
            return summary
        }
    }

    public func replaceZones(_ zones: [Zone], tenant: String, by author: ZoneAuthor) async throws -> ZoneImportSummary {
        let date = now()
        return try await database.writer.write { db in
            var log = ZoneWriteLog()
            let summary = try Self.replaceAll(with: zones, tenant: tenant, at: date, in: db, log: &log)
            try ZoneVersionRows.record(log, tenant: tenant, by: author, at: date, in: db)
            return summary
        }
    }

    public func versions(tenant: String) async throws -> [ZoneVersion] {
        try await database.writer.read { db in try ZoneVersionRows.versions(tenant: tenant, in: db) }
    }

    public func versionEntries(tenant: String, versionIDs: [String]) async throws -> [ZoneVersionEntry] {
        try await database.writer.read { db in try ZoneVersionRows.entries(tenant: tenant, versionIDs: versionIDs, in: db) }
    }

    /// Makes `zones` the tenant's whole set: the tenant's zones they lack removed (with their template references),
    /// the rest upserted; what changed is added to `log`.
    static func replaceAll(with zones: [Zone], tenant: String, at date: Date, in db: Database, log: inout ZoneWriteLog) throws -> ZoneImportSummary {
        let kept = Set(zones.map(\.id))
        var deleted = 0
        for record in try ServiceZoneRecord.all().tenant(tenant).fetchAll(db) where !kept.contains(record.id) {
            if try remove(id: record.id, tenant: tenant, at: date, in: db) {
                deleted += 1
                log.removed.append(record.id)
            }
        }
        var summary = try upsert(zones, tenant: tenant, at: date, in: db, log: &log)
        summary.deleted = deleted
        return summary
    }

    /// Removes the tenant's zone `id` and clears the tenant's route template references to it; false when there was
    /// no such zone.
    static func remove(id: String, tenant: String, at date: Date, in db: Database) throws -> Bool {
        let deleted = try ServiceZoneRecord.all().tenant(tenant).zone(id: id).deleteAll(db) > 0
        try RouteTemplateRecord.all().tenant(tenant).serving(zoneID: id).updateAll(
            db,
            RouteTemplateRecord.Columns.serviceZoneID.set(to: nil),
            RouteTemplateRecord.Columns.updatedAt.set(to: date)
        )
        return deleted
    }

    /// Inserts or replaces each zone, by id, in `tenant`; new ones follow the tenant's others in the order given.
    static func upsert(_ zones: [Zone], tenant: String, at date: Date, in db: Database, log: inout ZoneWriteLog) throws -> ZoneImportSummary {
        var summary = ZoneImportSummary(inserted: 0, updated: 0)
        for var zone in zones {
            zone.tenantID = tenant
            if try replaceExisting(with: zone, at: date, in: db, log: &log) {
                summary.updated += 1
            } else {
                try insertNew(zone, at: date, in: db)
                log.upserted.append(zone.id)
                log.added += 1
                summary.inserted += 1
            }
        }
        return summary
    }

    // MARK: Row writes shared with the demo seed

    /// Inserts `zone` at the end of its tenant's order.
    static func insertNew(_ zone: Zone, at date: Date, in db: Database) throws {
        let position = try ServiceZoneRecord.nextPosition(tenant: zone.tenantID, in: db)
        try ServiceZoneRecord(zone: zone, position: position, now: date).insert(db)
    }

    /// Overwrites the stored zone with `zone`'s tenant and id, keeping position and creation time; false when
    /// there is none.
    static func replaceExisting(with zone: Zone, at date: Date, in db: Database, log: inout ZoneWriteLog) throws -> Bool {
        guard let existing = try ServiceZoneRecord.all().tenant(zone.tenantID).zone(id: zone.id).fetchOne(db) else {
            return false
        }
        if (try? existing.zone()) != zone { log.upserted.append(zone.id) }
        var record = try ServiceZoneRecord(zone: zone, position: existing.position, now: date)
        record.createdAt = existing.createdAt
        try record.update(db)
        return true
    }
}
