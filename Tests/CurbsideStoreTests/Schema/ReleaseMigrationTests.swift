import CurbsideStore
import Customers
import Foundation
import GRDB
import Geocoding
import Testing
import Zones

/// A database the December 2026 release wrote (`ReleaseFixture`) opened by the current code: it migrates forward,
/// keeps every row, and the stores read them.
@Suite("Migrating a released database")
struct ReleaseMigrationTests {
    /// Row counts of every table but the migrator's, and the migrations recorded.
    private static func contents(_ db: Database) throws -> (counts: [String: Int], migrations: [String]) {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'
            """)
        var counts: [String: Int] = [:]
        for table in tables {
            counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.quotedDatabaseIdentifier)")
        }
        return (counts, try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier"))
    }

    /// A fresh database's migrations and schema, the geocode cache's included.
    private static func fresh() async throws -> (migrations: [String], schema: SchemaDescription) {
        let database = try CurbsideDatabase.inMemory()
        _ = try database.geocodeCache
        return try await database.writer.read { db in
            (try contents(db).migrations, try SQLiteSchemaReader.describe(db))
        }
    }

    @Test func theFixtureIsTheReleaseDatabaseWithRowsInEveryTable() async throws {
        try await ReleaseFixture.withCopy { path in
            var configuration = Configuration()
            configuration.readonly = true
            let (counts, migrations) = try await DatabaseQueue(path: path, configuration: configuration).read { try Self.contents($0) }
            #expect(counts == ReleaseFixture.rowCounts)
            #expect(counts.values.allSatisfy { $0 > 0 })
            #expect(migrations == [
                "curbside v1", "curbside v2 zone revisions", "curbside v3 customers", "curbside v4 customer list order",
                "geocode_cache v1",
            ])
        }
    }

    /// Every row but the released Mapbox answer, which `geocode_cache v2 precision read again` drops on purpose.
    @Test func openingItMigratesToTheCurrentSchemaAndKeepsEveryRow() async throws {
        let fresh = try await Self.fresh()
        try await ReleaseFixture.withCopy { path in
            let database = try CurbsideDatabase(path: path)
            _ = try database.geocodeCache
            let (counts, migrations, schema) = try await database.writer.read { db in
                let contents = try Self.contents(db)
                return (contents.counts, contents.migrations, try SQLiteSchemaReader.describe(db))
            }
            #expect(migrations == fresh.migrations)
            #expect(schema.differences(from: fresh.schema) == [])
            var kept = ReleaseFixture.rowCounts
            kept["geocode_cache"]? -= 1
            #expect(counts.filter { ReleaseFixture.rowCounts[$0.key] != nil } == kept)
        }
    }

    @Test func theStoresReadTheReleasedZonesPlansAndTemplates() async throws {
        try await ReleaseFixture.withCopy { path in
            let database = try CurbsideDatabase(path: path)
            #expect(try await database.zones.zones(tenant: "acme") == ReleaseFixture.acmeZones)
            #expect(try await database.zones.zones(tenant: "demo").map(\.id) == ReleaseFixture.demoZones.map(\.id))
            #expect(try await database.zones.revisions() == ["acme": 2, "demo": 2])
            #expect(try await database.catalog.servicePlans(tenant: "demo").map(\.priceCents) == [1800, 3500])
            let templates = try await database.catalog.routeTemplates(tenant: "demo")
            #expect(Set(templates.map(\.name)) == ["East — Weekly Standard", "East — Biweekly Recycling"])
            #expect(templates.allSatisfy { $0.serviceZoneID == "sz_east" && $0.isActive })
            // Each tenant's released zones are its version 1, in effect since its first zone was made.
            let versions = try await database.zones.versions(tenant: "acme")
            #expect(versions.map(\.number) == [1] && versions.first?.status == .applied && versions.first?.zoneCount == ReleaseFixture.acmeZones.count)
            let entries = try await database.zones.versionEntries(tenant: "acme", versionIDs: versions.map(\.id))
            #expect(ZoneVersionEntry.fold(entries) == ReleaseFixture.acmeZones)
            #expect(try await database.zones.versions(tenant: "demo").count == 1)
            // Still writable: a zone changed now bumps the tenant's revision.
            _ = try await database.zones.importZones([ReleaseFixture.acmeZones[0]], tenant: "acme")
            #expect(try await database.zones.revisions()["acme"].map { $0 > 2 } == true)
        }
    }

    @Test func theStoresReadTheReleasedCustomersOutboxAndGeocoderAnswers() async throws {
        try await ReleaseFixture.withCopy { path in
            let database = try CurbsideDatabase(path: path)
            let customer = ReleaseFixture.fullCustomer, property = ReleaseFixture.property
            try await database.customers.read { reader in
                #expect(try reader.customer(id: "cus_full", tenant: "demo", includingDeleted: false) == customer)
                #expect(try reader.customer(id: "cus_gone", tenant: "demo", includingDeleted: true) == ReleaseFixture.deletedCustomer)
                #expect(try reader.customers(tenant: "demo", query: CustomerQuery()).rows.map(\.customer.id) == ["cus_full"])
                #expect(try reader.property(id: "prp_full", tenant: "demo") == property)
                #expect(try reader.tenantSettings(tenant: "demo") == TenantSettings(trashDayMode: .uniform, defaultTrashDay: "tuesday"))
                let history = try reader.history(customerID: "cus_full", tenant: "demo", limit: 10)
                #expect(history.recentStops == [.init(id: "stp_1", routeDate: "2026-11-30", status: "completed", completedAt: CustomerFixtures.at(100))])
                #expect(history.recentInvoices == [.init(id: "inv_1", totalCents: 3500, status: "paid", paidAt: CustomerFixtures.at(100))])
                #expect(history.templateStops.map(\.templateName) == ["East — Weekly Standard"])
                let records = try reader.records(customerID: "cus_full", tenant: "demo")
                #expect(CustomerRecords.tableNames.allSatisfy { records.tables[$0]?.count == 1 })
            }
            let due = try await database.outbox.claimDue(now: CustomerFixtures.at(70), until: CustomerFixtures.at(400), limit: 10)
            #expect(due.map(\.id) == ["evt_stripe"])
            #expect(due.first?.lastError == "stripe: 503")
            // The Census "not found" is read as released; the Mapbox answer, stored before its precision was read
            // from every documented feature type, was dropped by `geocode_cache v2 precision read again`.
            let cache = GeocodeCache(store: try database.geocodeCache, now: { ReleaseFixture.writtenAt })
            #expect(await cache.entry(for: GeocodeCacheKey(address: "1 NOWHERE RD", provider: "census")) == .notFound)
            #expect(await cache.entry(for: ReleaseFixture.congressKey) == nil)
            #expect(cache.statistics.databaseHits == 1)
        }
    }
}
