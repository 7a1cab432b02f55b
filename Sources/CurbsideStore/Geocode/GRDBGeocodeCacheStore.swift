import Foundation
import GRDB
import Geocoding

/// The `geocode_cache` table in a SQLite database.
public struct GRDBGeocodeCacheStore: GeocodeCacheStore {
    let database: any DatabaseWriter

    /// The table in `database`, created when missing.
    public init(database: any DatabaseWriter) throws {
        var migrator = DatabaseMigrator()
        CurbsideMigrations.registerGeocodeCache(in: &migrator)
        try migrator.migrate(database)
        self.database = database
    }

    public func freshRecord(for key: GeocodeCacheKey, at date: Date) async throws -> GeocodeCacheRecord? {
        try await database.read { db in
            try GeocodeCacheRecord
                .filter(GeocodeCacheRecord.Columns.addressKey == key.address && GeocodeCacheRecord.Columns.provider == key.provider)
                .fresh(at: date)
                .fetchOne(db)
        }
    }

    public func save(_ record: GeocodeCacheRecord) async throws {
        try await database.write { db in try record.insert(db, onConflict: .replace) }
    }

    public func deleteExpired(at date: Date) async throws -> Int {
        try await database.write { db in try GeocodeCacheRecord.all().expired(at: date).deleteAll(db) }
    }

    public func count() async throws -> Int {
        try await database.read { db in try GeocodeCacheRecord.fetchCount(db) }
    }
}
