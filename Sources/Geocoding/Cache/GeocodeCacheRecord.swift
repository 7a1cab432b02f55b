import Foundation
import GRDB

/// One row of the `geocode_cache` table: a provider's answer for one normalized address.
public struct GeocodeCacheRecord: Codable, FetchableRecord, PersistableRecord, Sendable {
    public static let databaseTableName = "geocode_cache"

    public var addressKey: String
    public var provider: String
    public var found: Bool
    public var lat: Double?
    public var lng: Double?
    public var formattedAddress: String?
    public var postcode: String?
    public var precision: String?
    public var confidence: Double?
    /// Seconds since 1970 when the answer was stored.
    public var storedAt: Double
    /// Seconds since 1970 after which the answer is stale.
    public var expiresAt: Double

    public enum CodingKeys: String, CodingKey {
        case addressKey = "address_key", provider, found, lat, lng, formattedAddress = "formatted_address"
        case postcode, precision, confidence, storedAt = "stored_at", expiresAt = "expires_at"
    }

    public enum Columns {
        public static let addressKey = Column(CodingKeys.addressKey)
        public static let provider = Column(CodingKeys.provider)
        public static let expiresAt = Column(CodingKeys.expiresAt)
    }

    public init(key: GeocodeCacheKey, entry: GeocodeCacheEntry, storedAt: Date, expiresAt: Date) {
        self.addressKey = key.address
        self.provider = key.provider
        self.storedAt = storedAt.timeIntervalSince1970
        self.expiresAt = expiresAt.timeIntervalSince1970
        switch entry {
        case .found(let result):
            found = true
            lat = result.lat
            lng = result.lng
            formattedAddress = result.formattedAddress
            postcode = result.postcode
            precision = result.precision.rawValue
            confidence = result.confidence
        case .notFound:
            found = false
        }
    }

    /// The cached answer, or nil when the row is damaged.
    public var entry: GeocodeCacheEntry? {
        guard found else { return .notFound }
        guard let lat, let lng, let formattedAddress, let precision = precision.flatMap(GeocodePrecision.init(rawValue:)) else {
            return nil
        }
        return .found(GeocodeResult(
            lat: lat, lng: lng, formattedAddress: formattedAddress, postcode: postcode, precision: precision,
            source: provider, confidence: confidence ?? 0, cached: true
        ))
    }

    /// The migrations that create the table, in SQL as written when each was released (renaming a property changes
    /// none of them); a schema change is a new migration, here and in CurbsideStore's `PostgresMigrations`.
    static func registerMigrations(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("geocode_cache v1") { db in
            try db.execute(sql: """
                CREATE TABLE "geocode_cache" (
                    "address_key" TEXT NOT NULL, "provider" TEXT NOT NULL, "found" BOOLEAN NOT NULL, "lat" DOUBLE,
                    "lng" DOUBLE, "formatted_address" TEXT, "postcode" TEXT, "precision" TEXT, "confidence" DOUBLE,
                    "stored_at" DOUBLE NOT NULL, "expires_at" DOUBLE NOT NULL,
                    PRIMARY KEY ("address_key", "provider"));
                CREATE INDEX "geocode_cache_expires_at" ON "geocode_cache"("expires_at");
                """)
        }
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

/// A cache entry's identity: the normalized address and the provider that answered.
public struct GeocodeCacheKey: Hashable, Sendable {
    public var address: String
    public var provider: String

    public init(address: String, provider: String) {
        self.address = address
        self.provider = provider
    }
}

/// A cached answer.
public enum GeocodeCacheEntry: Sendable, Equatable {
    case found(GeocodeResult)
    case notFound
}
