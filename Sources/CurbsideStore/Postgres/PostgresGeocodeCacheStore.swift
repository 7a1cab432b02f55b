import Foundation
import Geocoding
import PostgresNIO

/// The geocode cache table in PostgreSQL, shared by every replica: an address one replica paid a provider for is
/// answered from here by all of them.
public struct PostgresGeocodeCacheStore: GeocodeCacheStore {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    public func freshRecord(for key: GeocodeCacheKey, at date: Date) async throws -> GeocodeCacheRecord? {
        try await store.read { session in
            try session.fetchOne(GeocodeCacheRecord.self, """
                SELECT * FROM geocode_cache WHERE address_key = \(key.address) AND provider = \(key.provider)
                AND expires_at > \(date.timeIntervalSince1970)
                """)
        }
    }

    public func save(_ record: GeocodeCacheRecord) async throws {
        try await store.write { session in
            try session.upsert(record, into: GeocodeCacheRecord.databaseTableName, key: ["address_key", "provider"])
        }
    }

    public func deleteExpired(at date: Date) async throws -> Int {
        try await store.write { session in
            try session.execute("DELETE FROM geocode_cache WHERE expires_at <= \(date.timeIntervalSince1970)")
        }
    }

    public func count() async throws -> Int {
        try await store.read { try $0.value(Int.self, "SELECT COUNT(*) FROM geocode_cache") ?? 0 }
    }
}
