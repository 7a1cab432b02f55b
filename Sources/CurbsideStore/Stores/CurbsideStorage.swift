import Customers
import GRDB
import Foundation
import Geocoding
import ZoneIndex

/// The database a Curbside server keeps everything in: a SQLite file (`CurbsideDatabase`) or a PostgreSQL
/// database shared by many replicas (`PostgresStore`). Both hold the same tables with the same meaning and serve
/// the same business rules.
public protocol CurbsideStorage: Sendable, CustomStringConvertible {
    var zones: any ZoneStoring { get }
    var catalog: any CatalogStoring { get }
    var customers: any CustomerRepository { get }
    var outbox: any OutboxRepository { get }
    /// Where geocoder answers are kept.
    var geocodeCache: any GeocodeCacheStore { get throws }
    /// Seeds `tenant` with `zones`, two service plans and a route template per active zone and plan, in one
    /// transaction, unless the tenant has zones already (then nil).
    func seedDemo(tenant: String, zones: [Zone], now: Date) async throws -> DemoSeedSummary?
    /// Throws when the database does not answer within `timeout`.
    func ping(timeout: Duration) async throws
    /// Upkeep while a server runs, until the task is cancelled; problems go to `log`.
    func maintain(log: @escaping @Sendable (String) -> Void) async
}

/// Opening a storage from a location: a `postgres://` URL or a SQLite file path.
public enum StorageLocation {
    /// Whether `location` is a PostgreSQL URL.
    public static func isPostgres(_ location: String) -> Bool {
        PostgresLocation.isPostgresURL(location)
    }

    /// Opens (creating and migrating) the database at `location`: PostgreSQL for a `postgres://` URL, with at
    /// most `connections` connections; else the SQLite file at that path.
    public static func open(_ location: String, connections: Int = 8) async throws -> any CurbsideStorage {
        if isPostgres(location) {
            return try await PostgresStore(url: location, connections: connections)
        }
        return try CurbsideDatabase(path: location)
    }
}

extension CurbsideDatabase: CurbsideStorage {
    public var zones: any ZoneStoring { ZoneStore(database: self) }
    public var catalog: any CatalogStoring { CatalogStore(database: self) }
    public var customers: any CustomerRepository { GRDBCustomerRepository(database: self) }
    public var outbox: any OutboxRepository { GRDBOutboxRepository(database: self) }
    public var geocodeCache: any GeocodeCacheStore { get throws { try GRDBGeocodeCacheStore(database: writer) } }

    public func seedDemo(tenant: String, zones: [Zone], now: Date) async throws -> DemoSeedSummary? {
        try await DemoSeed.seed(into: self, tenant: tenant, zones: zones, now: now)
    }

    /// A local file answers at once, or not at all: `timeout` does not apply.
    public func ping(timeout: Duration) async throws {
        _ = try await writer.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    /// Empties the write-ahead log every 30 seconds (see `keepLogShort`).
    public func maintain(log: @escaping @Sendable (String) -> Void) async {
        await keepLogShort(every: .seconds(30), log: log)
    }

    public var description: String {
        (writer as? DatabasePool)?.path ?? "SQLite in memory"
    }
}
