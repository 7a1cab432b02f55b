import CurbsideStore
import Customers
import Foundation
import GRDB
import Geocoding
import Testing

/// Where `ReleaseFixtureWriter` writes, when anywhere.
private let releaseFixtureOutput = ProcessInfo.processInfo.environment["CURBSIDE_WRITE_RELEASE_FIXTURE"]

/// Writes a database as a release leaves it: every migration applied, geocode cache included, and rows in every
/// table, written through the release's own code where it has any (zone import and demo seed, the customer
/// repository, the geocode cache) and by SQL for the history tables nothing writes yet. The write-ahead log is
/// folded into the file, which ends in rollback-journal mode (so the one file holds everything) with small pages
/// (so that file is small).
///
/// `Fixtures/release-2026-12.sqlite` was written by this at commit b81b8c9 (the migrations still built from
/// record types), with:
///
///     CURBSIDE_WRITE_RELEASE_FIXTURE=$PWD/Tests/CurbsideStoreTests/Fixtures/release-2026-12.sqlite \
///         swift test --filter ReleaseFixtureWriter
///
/// Keep that file as it is: it stands for databases already in use. A later release may add its own fixture
/// under a new name.
@Suite(.enabled(if: releaseFixtureOutput != nil, "CURBSIDE_WRITE_RELEASE_FIXTURE names no file to write"))
struct ReleaseFixtureWriter {
    static let now = ReleaseFixture.writtenAt

    @Test func writeTheReleaseDatabase() async throws {
        let path = try #require(releaseFixtureOutput)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        do {
            let database = try CurbsideDatabase(path: path)
            try await writeZones(database)
            try await writeCustomers(database)
            try await writeHistory(database)
            try await writeGeocodeAnswers(database)
            try await database.truncateLog()
        }
        let queue = try DatabaseQueue(path: path)
        try await queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
            try db.execute(sql: "PRAGMA page_size = 1024")
            try db.execute(sql: "VACUUM")
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// Zones of two tenants (one by import, one by the demo seed, with its plans and route templates).
    private func writeZones(_ database: CurbsideDatabase) async throws {
        let zones = ZoneStore(database: database, now: { Self.now })
        _ = try await zones.importZones(ReleaseFixture.acmeZones, tenant: "acme")
        _ = try await DemoSeed.seed(into: database, tenant: "demo", zones: ReleaseFixture.demoZones, now: Self.now)
    }

    /// Customers (one with every field, one soft-deleted), a property, settings, a template stop and outbox events.
    private func writeCustomers(_ database: CurbsideDatabase) async throws {
        let templateID = try #require(try await CatalogStore(database: database).routeTemplates(tenant: "demo")
            .first { $0.serviceZoneID == "sz_east" && $0.servicePlanID == "sp_weekly_standard" }?.id)
        let (customers, property) = ([ReleaseFixture.fullCustomer, ReleaseFixture.deletedCustomer], ReleaseFixture.property)
        let events = ReleaseFixture.outboxEvents
        try await GRDBCustomerRepository(database: database, now: { Self.now }).write { writer in
            for customer in customers { try writer.insert(customer) }
            try writer.insert(property)
            try writer.saveTenantSettings(TenantSettings(trashDayMode: .uniform, defaultTrashDay: "tuesday"), tenant: "demo")
            try writer.activateTemplateStop(templateID: templateID, propertyID: property.id, tenant: "demo")
            for event in events { try writer.enqueue(event) }
        }
    }

    /// A row in each history table, for `cus_full`.
    private func writeHistory(_ database: CurbsideDatabase) async throws {
        let (paid, created) = (CustomerFixtures.at(100), CustomerFixtures.at(90))
        try await database.writer.write { db in
            let common = "tenant_id, id, customer_id, created_at"
            let rows: [(String, String, String, [any DatabaseValueConvertible])] = [
                ("invoices", "inv_1", "total_cents, status, issued_at, paid_at", [3500, "paid", created, paid]),
                ("payments", "pay_1", "invoice_id, amount_cents, method, paid_at", ["inv_1", 3500, "card", paid]),
                ("stops", "stp_1", "property_id, route_date, status, completed_at", ["prp_full", "2026-11-30", "completed", paid]),
                ("communications", "com_1", "channel, recipient, subject, body, status, sent_at",
                 ["email", "ada@example.com", "Welcome", "Hello Ada", "sent", paid]),
                ("referrals", "ref_1", "referred_name, referred_email, status", ["Charles", "charles@example.com", "pending"]),
                ("vacation_holds", "vh_1", "starts_on, ends_on", ["2026-12-20", "2027-01-03"]),
                ("service_skips", "skp_1", "property_id, skip_date, reason", ["prp_full", "2026-12-24", "holiday"]),
            ]
            for (table, id, columns, values) in rows {
                let marks = Array(repeating: "?", count: values.count + 4).joined(separator: ", ")
                let all: [(any DatabaseValueConvertible)?] = ["demo", id, "cus_full", created] + values
                let arguments = StatementArguments(all)
                try db.execute(sql: "INSERT INTO \(table) (\(common), \(columns)) VALUES (\(marks))", arguments: arguments)
            }
        }
    }

    /// A found and a not-found geocoder answer, stored by the cache.
    private func writeGeocodeAnswers(_ database: CurbsideDatabase) async throws {
        let cache = try GeocodeCache(database: database.writer, now: { Self.now })
        let policy = GeocodeCachePolicy(persistent: true, timeToLive: .seconds(86_400 * 3650), notFoundTimeToLive: .seconds(86_400))
        await cache.store(.found(ReleaseFixture.congress), for: ReleaseFixture.congressKey, policy: policy)
        await cache.store(.notFound, for: GeocodeCacheKey(address: "1 NOWHERE RD", provider: "census"), policy: policy)
        #expect(cache.statistics.storeFailures == 0)
    }
}
