import Foundation
import GRDB
import Geocoding

extension GeocodeCacheRecord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "geocode_cache"

    /// The columns queries filter on.
    public enum Columns {
        public static let addressKey = Column(CodingKeys.addressKey)
        public static let provider = Column(CodingKeys.provider)
        public static let expiresAt = Column(CodingKeys.expiresAt)
    }
}

extension DerivableRequest<GeocodeCacheRecord> {
    /// Rows still valid at `date`.
    func fresh(at date: Date) -> Self {
        filter(GeocodeCacheRecord.Columns.expiresAt > date.timeIntervalSince1970)
    }

    /// Rows stale at `date`.
    func expired(at date: Date) -> Self {
        filter(GeocodeCacheRecord.Columns.expiresAt <= date.timeIntervalSince1970)
    }
}

extension GeocodeCache {
    /// A cache over the SQLite `database` (nil for memory only), its table created when missing.
    public convenience init(
        database: (any DatabaseWriter)?, memoryCapacity: Int = 10_000, now: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        self.init(store: try database.map(GRDBGeocodeCacheStore.init(database:)), memoryCapacity: memoryCapacity, now: now)
    }

    /// A cache stored in the SQLite file at `path` (created if missing, WAL mode); a write that finds the file
    /// locked by another process waits for it (up to 30 s) instead of failing.
    public convenience init(path: String, memoryCapacity: Int = 10_000) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        try self.init(database: DatabasePool(path: path, configuration: configuration), memoryCapacity: memoryCapacity)
    }
}
