import Customers
import GRDB
import Foundation
import Zones
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
    /// Zone drafts and versions, with the properties a re-zoning moves.
    var territory: any TerritoryRepository { get }
    /// Webhook subscriptions and their deliveries.
    var webhooks: any WebhookRepository { get }
    /// Where geocoder answers are kept.
    var geocodeCache: any GeocodeCacheStore { get throws }
    /// The TIGER/Line address ranges the offline geocoder answers at street level from.
    var streetRanges: any StreetRangeStoring { get }
    /// Seeds `tenant` with `zones`, two service plans and a route template per active zone and plan, in one
    /// transaction, unless the tenant has zones already (then nil).
    func seedDemo(tenant: String, zones: [Zone], now: Date) async throws -> DemoSeedSummary?
    /// Throws when the database does not answer within `timeout`.
    func ping(timeout: Duration) async throws
    /// Checks that the database can be reached and brings its tables to the current schema; `run` must be running.
    func prepare() async throws
    /// What the storage needs while a server uses it (PostgreSQL's connection pool, SQLite's log upkeep), until the
    /// task is cancelled; problems go to `log`.
    func run(log: @escaping @Sendable (String) -> Void) async throws
}

/// Opening a storage from a location: a `postgres://` URL or a SQLite file path.
public enum StorageLocation {
    /// Whether `location` is a PostgreSQL URL.
    public static func isPostgres(_ location: String) -> Bool {
        PostgresLocation.isPostgresURL(location)
    }

    /// The database at `location`: PostgreSQL for a `postgres://` URL, with at most `connections` connections;
    /// else the SQLite file at that path (created and migrated at once). A server runs it (`run`) and prepares it
    /// (`prepare`) as it starts.
    public static func make(_ location: String, connections: Int = 8) throws -> any CurbsideStorage {
        if isPostgres(location) {
            return try PostgresStore(url: location, connections: connections)
        }
        return try CurbsideDatabase(path: location)
    }

    /// The zone changes of the database at `location` as they commit, heard on a connection to `listenURL` (the
    /// same database, reached directly or through a session-mode pool) when given, else to `location`; nil for a
    /// SQLite file, which tells of none.
    public static func zoneChangeFeed(_ location: String, listenURL: String? = nil) throws -> (any ZoneChangeFeed)? {
        guard isPostgres(location) else { return nil }
        return try PostgresZoneChangeFeed(url: listenURL ?? location)
    }

    /// The database at `location`, running and migrated, for tools that use it and exit (see `close`).
    public static func open(_ location: String, connections: Int = 8) async throws -> any CurbsideStorage {
        if isPostgres(location) {
            return try await PostgresStore.open(url: location, connections: connections)
        }
        return try CurbsideDatabase(path: location)
    }
}

extension CurbsideDatabase: CurbsideStorage {
    public var zones: any ZoneStoring { ZoneStore(database: self) }
    public var catalog: any CatalogStoring { CatalogStore(database: self) }
    public var customers: any CustomerRepository { GRDBCustomerRepository(database: self) }
    public var outbox: any OutboxRepository { GRDBOutboxRepository(database: self) }
    public var territory: any TerritoryRepository { GRDBTerritoryRepository(database: self) }
    public var webhooks: any WebhookRepository { GRDBWebhookRepository(database: self) }
    public var geocodeCache: any GeocodeCacheStore { get throws { try GRDBGeocodeCacheStore(database: writer) } }
    public var streetRanges: any StreetRangeStoring { GRDBStreetRangeStore(database: self) }

    public func seedDemo(tenant: String, zones: [Zone], now: Date) async throws -> DemoSeedSummary? {
        try await DemoSeed.seed(into: self, tenant: tenant, zones: zones, now: now)
    }

    /// A local file answers at once, or not at all: `timeout` does not apply.
    public func ping(timeout: Duration) async throws {
        _ = try await writer.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    /// Nothing to check: the file was opened and migrated when this value was made.
    public func prepare() async throws {}

    /// Empties the write-ahead log every 30 seconds (see `keepLogShort`).
    public func run(log: @escaping @Sendable (String) -> Void) async throws {
        await keepLogShort(every: .seconds(30), log: log)
    }

    public var description: String {
        (writer as? DatabasePool)?.path ?? "SQLite in memory"
    }
}
