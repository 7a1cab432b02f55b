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

    public func insert(_ zone: Zone) async throws {
        let date = now()
        try await store.write(lockingTenant: zone.tenantID) { session in
            guard try session.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM service_zones WHERE tenant_id = \(zone.tenantID) AND id = \(zone.id))") == false else {
                throw ZoneStoreError.duplicateID(zone.id)
            }
            try Self.insertNew(zone, at: date, in: session)
        }
    }

    public func update(_ zone: Zone) async throws -> Bool {
        let date = now()
        return try await store.write(lockingTenant: zone.tenantID) { session in try Self.replaceExisting(with: zone, at: date, in: session) }
    }

    public func delete(id: String, tenant: String) async throws -> Bool {
        let date = now()
        return try await store.write(lockingTenant: tenant) { session in
            let deleted = try session.execute("DELETE FROM service_zones WHERE tenant_id = \(tenant) AND id = \(id)") > 0
            try session.execute("""
                UPDATE route_templates SET service_zone_id = NULL, updated_at = \(date)
                WHERE tenant_id = \(tenant) AND service_zone_id = \(id)
                """)
            return deleted
        }
    }

    public func importZones(_ zones: [Zone], tenant: String) async throws -> ZoneImportSummary {
        let date = now()
        return try await store.write(lockingTenant: tenant) { session in try Self.upsert(zones, tenant: tenant, at: date, in: session) }
    }

    public func replaceZones(_ zones: [Zone], tenant: String) async throws -> ZoneImportSummary {
        let date = now()
        let kept = zones.map(\.id)
        return try await store.write(lockingTenant: tenant) { session in
            let removed = try session.query(
                "DELETE FROM service_zones WHERE tenant_id = \(tenant) AND NOT (id = ANY(\(kept))) RETURNING id"
            ).map { try $0.decode(String.self) }
            if !removed.isEmpty {
                try session.execute("""
                    UPDATE route_templates SET service_zone_id = NULL, updated_at = \(date)
                    WHERE tenant_id = \(tenant) AND service_zone_id = ANY(\(removed))
                    """)
            }
            var summary = try Self.upsert(zones, tenant: tenant, at: date, in: session)
            summary.deleted = removed.count
            return summary
        }
    }

    /// Inserts or replaces each zone, by id, in `tenant`; new ones follow the tenant's others in the order given.
    private static func upsert(_ zones: [Zone], tenant: String, at date: Date, in session: PostgresSession) throws -> ZoneImportSummary {
        var summary = ZoneImportSummary(inserted: 0, updated: 0)
        for var zone in zones {
            zone.tenantID = tenant
            if try replaceExisting(with: zone, at: date, in: session) {
                summary.updated += 1
            } else {
                try insertNew(zone, at: date, in: session)
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
    static func replaceExisting(with zone: Zone, at date: Date, in session: PostgresSession) throws -> Bool {
        guard let existing = try session.fetchOne(
            ServiceZoneRecord.self, "SELECT * FROM service_zones WHERE tenant_id = \(zone.tenantID) AND id = \(zone.id)"
        ) else { return false }
        var record = try ServiceZoneRecord(zone: zone, position: existing.position, now: date)
        record.createdAt = existing.createdAt
        return try session.update(record, in: ServiceZoneRecord.databaseTableName)
    }
}
