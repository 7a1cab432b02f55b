import CurbsideStore
import Foundation
import GRDB
import Testing
import ZoneIndex

@Suite("CurbsideDatabase")
struct CurbsideDatabaseTests {
    @Test("zones written to a file survive reopening it")
    func persistence() async throws {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("curbside-store-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let zones = [
            ZoneFixtures.zone("sz_hole", boundary: ZoneFixtures.squareWithHole),
            ZoneFixtures.zone("sz_multi", boundary: ZoneFixtures.twoSquares),
        ]

        do {
            let database = try CurbsideDatabase(path: path)
            for zone in zones { try await ZoneStore(database: database).insert(zone) }
        }

        let reopened = try CurbsideDatabase(path: path)
        #expect(try await ZoneStore(database: reopened).zones(tenant: "acme") == zones)
        let journalMode = try await reopened.writer.read { db in
            try String.fetchOne(db, sql: "PRAGMA journal_mode")
        }
        #expect(journalMode == "wal")
    }

    @Test("migrations live beside other modules' migrations on the same database")
    func sharedDatabase() async throws {
        let queue = try DatabaseQueue()
        var other = DatabaseMigrator()
        other.registerMigration("geocode_cache v1") { db in
            try db.create(table: "geocode_cache") { table in
                table.column("address_key", .text).primaryKey()
                table.column("provider", .text)
                table.column("found", .boolean)
            }
            try db.execute(sql: "INSERT INTO geocode_cache (address_key, provider, found) VALUES ('kept', 'census', 1)")
        }
        try other.migrate(queue)

        let database = try CurbsideDatabase(writer: queue)
        _ = try CurbsideDatabase(writer: queue)

        let (applied, kept, foreignKeys) = try await database.writer.read { db in
            (
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM geocode_cache"),
                try Bool.fetchOne(db, sql: "PRAGMA foreign_keys")
            )
        }
        #expect(applied == [
            "curbside v1", "curbside v10 webhooks", "curbside v2 zone revisions", "curbside v3 customers", "curbside v4 customer list order",
            "curbside v5 customer list orders and filters", "curbside v6 zone notifications", "curbside v7 street ranges", "curbside v8 assignment quality",
            "curbside v9 zone versions", "geocode_cache v1", "geocode_cache v2 precision read again",
        ])
        #expect(kept == 1)
        #expect(foreignKeys == true)
    }
}
