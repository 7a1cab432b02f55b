@testable import CurbsideStore
import Foundation
import GRDB
import Testing

@Suite("Geocode cache migrations")
struct GeocodeCacheMigrationTests {
    @Test("answers Mapbox and Nominatim gave before their precision was read again are dropped; others are kept")
    func precisionReadAgain() throws {
        let queue = try DatabaseQueue()
        var migrator = DatabaseMigrator()
        CurbsideMigrations.registerGeocodeCache(in: &migrator)
        try migrator.migrate(queue, upTo: "geocode_cache v1")
        try queue.write { db in
            for (key, provider, found, precision) in [
                ("A", "mapbox", true, "city"), ("B", "nominatim", true, "rooftop"), ("C", "census", true, "street"),
                ("D", "offline", true, "city"), ("E", "mapbox", false, nil), ("F", "nominatim", false, nil),
            ] as [(String, String, Bool, String?)] {
                try db.execute(sql: """
                    INSERT INTO geocode_cache (address_key, provider, found, precision, stored_at, expires_at) VALUES (?, ?, ?, ?, 0, 1e12)
                    """, arguments: [key, provider, found, precision])
            }
        }

        _ = try GRDBGeocodeCacheStore(database: queue)

        let kept = try queue.read { db in try String.fetchAll(db, sql: "SELECT address_key FROM geocode_cache ORDER BY address_key") }
        #expect(kept == ["C", "D", "E", "F"])
    }
}
