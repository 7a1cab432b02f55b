import Foundation
import Zones
import PostgresNIO
import ZoneIndex

/// The service zones of every tenant, kept in a PostgreSQL database: the counterpart of `ZoneStore`.
public struct PostgresZoneStore: ZoneStoring {
    public let store: PostgresStore
    private let now: @Sendable () -> Date

    public init(store: PostgresStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    public func zones(tenant: String) async throws -> [Zone] {
        try await store.read { session in
            try session.fetchAll(ServiceZoneRecord.self, "SELECT * FROM service_zones WHERE tenant_id = \(tenant) ORDER BY position, id COLLATE \"C\"")
                .map { try $0.zone() }
        }
    }

    public func allZones() async throws -> [Zone] {
        try await store.read { session in
            try session.fetchAll(ServiceZoneRecord.self, "SELECT * FROM service_zones ORDER BY tenant_id COLLATE \"C\", position, id COLLATE \"C\"")
                .map { try $0.zone() }
        }
    }

    public func zone(id: String, tenant: String) async throws -> Zone? {
        try await store.read { session in
            try session.fetchOne(ServiceZoneRecord.self, "SELECT * FROM service_zones WHERE tenant_id = \(tenant) AND id = \(id)")?.zone()
        }
    }

    public func zoneCounts() async throws -> [String: Int] {
        try await store.read { session in
            try Self.pairs(session.query("SELECT tenant_id, COUNT(*) FROM service_zones GROUP BY tenant_id"))
        }
    }

    public func revisions() async throws -> [String: Int] {
        try await store.read { session in
            try Self.pairs(session.query("SELECT tenant_id, revision FROM zone_revisions"))
        }
    }

    private static func pairs(_ rows: [PostgresRow]) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for row in rows {
            let (key, value) = try row.decode((String, Int).self)
            result[key] = value
        }
        return result
    }

    public func insert(_ zone: Zone, by author: ZoneAuthor) async throws {
        let date = now()
        try await store.write(lockingTenant: zone.tenantID) { session in
            guard try session.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM service_zones WHERE tenant_id = \(zone.tenantID) AND id = \(zone.id))") == false else {
                throw ZoneStoreError.duplicateID(zone.id)
            }
            try Self.insertNew(zone, at: date, in: session)
            try PostgresZoneVersionRows.record(ZoneWriteLog(upserted: [zone.id], added: 1), tenant: zone.tenantID, by: author, at: date, in: session)
        }
    }

    public func update(_ zone: Zone, by author: ZoneAuthor) async throws -> Bool {
        let date = now()
        return try await store.write(lockingTenant: zone.tenantID) { session in
            var log = ZoneWriteLog()
            guard try Self.replaceExisting(with: zone, at: date, in: session, log: &log) else { return false }
            try PostgresZoneVersionRows.record(log, tenant: zone.tenantID, by: author, at: date, in: session)
            return true
        }
    }

    public func delete(id: String, tenant: String, by author: ZoneAuthor) async throws -> Bool {
        let date = now()
        return try await store.write(lockingTenant: tenant) { session in
            guard try Self.remove(ids: [id], tenant: tenant, at: date, in: session) == [id] else { return false }
            try PostgresZoneVersionRows.record(ZoneWriteLog(removed: [id]), tenant: tenant, by: author, at: date, in: session)
            return true
        }
    }

    public func importZones(_ zones: [Zone], tenant: String, by author: ZoneAuthor) async throws -> ZoneImportSummary {
        let date = now()
        return try await store.write(lockingTenant: tenant) { session in
            var log = ZoneWriteLog()
            let summary = try Self.upsert(zones, tenant: tenant, at: date, in: session, log: &log)
            try PostgresZoneVersionRows.record(log, tenant: tenant, by: author, at: date, in: session)
            return summary
        }
    }

    public func replaceZones(_ zones: [Zone], tenant: String, by author: ZoneAuthor) async throws -> ZoneImportSummary {
        let date = now()
        return try await store.write(lockingTenant: tenant) { session in
            var log = ZoneWriteLog()
            let summary = try Self.replaceAll(with: zones, tenant: tenant, at: date, in: session, log: &log)
            try PostgresZoneVersionRows.record(log, tenant: tenant, by: author, at: date, in: session)
            return summary
        }
    }

    public func versions(tenant: String) async throws -> [ZoneVersion] {
        try await store.read { session in try PostgresZoneVersionRows.versions(tenant: tenant, in: session) }
    }

    public func versionEntries(tenant: String, versionIDs: [String]) async throws -> [ZoneVersionEntry] {
        try await store.read { session in try PostgresZoneVersionRows.entries(tenant: tenant, versionIDs: versionIDs, in: session) }
    }

    /// Makes `zones` the tenant's whole set (see `ZoneStore.replaceAll`).
    static func replaceAll(
        with zones: [Zone], tenant: String, at date: Date, in session: PostgresSession, log: inout ZoneWriteLog
    ) throws -> ZoneImportSummary {
        let kept = zones.map(\.id)
        let removed = try session.query(
            "DELETE FROM service_zones WHERE tenant_id = \(tenant) AND NOT (id = ANY(\(kept))) RETURNING id"
        ).map { try $0.decode(String.self) }
        try clearTemplates(of: removed, tenant: tenant, at: date, in: session)
        log.removed += removed
        var summary = try upsert(zones, tenant: tenant, at: date, in: session, log: &log)
        summary.deleted = removed.count
        return summary
    }

    /// Removes the tenant's zones `ids` and the route-template references to them; returns the ids removed.
    static func remove(ids: [String], tenant: String, at date: Date, in session: PostgresSession) throws -> [String] {
        guard !ids.isEmpty else { return [] }
        let removed = try session.query("DELETE FROM service_zones WHERE tenant_id = \(tenant) AND id = ANY(\(ids)) RETURNING id")
            .map { try $0.decode(String.self) }
        try clearTemplates(of: removed, tenant: tenant, at: date, in: session)
        return removed
    }

    static func clearTemplates(of zoneIDs: [String], tenant: String, at date: Date, in session: PostgresSession) throws {
        guard !zoneIDs.isEmpty else { return }
        try session.send("""
            UPDATE route_templates SET service_zone_id = NULL, updated_at = \(date)
            WHERE tenant_id = \(tenant) AND service_zone_id = ANY(\(zoneIDs))
            """)
    }

    /// Inserts or replaces each zone, by id, in `tenant`; new ones follow the tenant's others in the order given.
    static func upsert(
        _ zones: [Zone], tenant: String, at date: Date, in session: PostgresSession, log: inout ZoneWriteLog
    ) throws -> ZoneImportSummary {
        var summary = ZoneImportSummary(inserted: 0, updated: 0)
        for var zone in zones {
            zone.tenantID = tenant
            if try replaceExisting(with: zone, at: date, in: session, log: &log) {
                summary.updated += 1
            } else {
                try insertNew(zone, at: date, in: session)
                log.upserted.append(zone.id)
                log.added += 1
                summary.inserted += 1
            }
        }
        return summary
    }

    /// Inserts `zone` at the end of its tenant's order.
    static func insertNew(_ zone: Zone, at date: Date, in session: PostgresSession) throws {
        let last = try session.value(Int.self, "SELECT MAX(position) FROM service_zones WHERE tenant_id = \(zone.tenantID)")
        let record = try ServiceZoneRecord(zone: zone, position: last.map { $0 + 1 } ?? 0, now: date)
        try session.insert(record, into: ServiceZoneRecord.databaseTableName)
    }

    /// Overwrites the stored zone with `zone`'s tenant and id, keeping position and creation time; false when
    /// there is none.
    static func replaceExisting(with zone: Zone, at date: Date, in session: PostgresSession, log: inout ZoneWriteLog) throws -> Bool {
        guard let existing = try session.fetchOne(
            ServiceZoneRecord.self, "SELECT * FROM service_zones WHERE tenant_id = \(zone.tenantID) AND id = \(zone.id)"
        ) else { return false }
        if (try? existing.zone()) != zone { log.upserted.append(zone.id) }
        var record = try ServiceZoneRecord(zone: zone, position: existing.position, now: date)
        record.createdAt = existing.createdAt
        return try session.update(record, in: ServiceZoneRecord.databaseTableName)
    }
}
