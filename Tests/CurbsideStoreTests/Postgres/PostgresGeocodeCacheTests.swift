import CurbsideStore
import Foundation
import Geocoding
import Testing

@Suite("The geocode cache replicas share", .enabled(if: testPostgresURL != nil))
struct PostgresGeocodeCacheTests {
    @Test func anAnswerStoredByOneReplicaIsFoundByAnotherUntilItExpires() async throws {
        let (first, second) = try await twoPostgresReplicas()
        let clock = TestClock()
        let writer = GeocodeCache(store: PostgresGeocodeCacheStore(store: first), now: clock.now)
        let reader = GeocodeCache(store: PostgresGeocodeCacheStore(store: second), now: clock.now)
        let key = GeocodeCacheKey(address: "100 CONGRESS AVE AUSTIN TX 78701", provider: "mapbox")
        let result = GeocodeResult(
            lat: 30.2653, lng: -97.7446, formattedAddress: "100 Congress Ave, Austin, TX 78701", postcode: "78701",
            precision: .rooftop, source: "mapbox", confidence: 0.9
        )
        let policy = GeocodeCachePolicy(persistent: true, timeToLive: .seconds(3600), notFoundTimeToLive: .seconds(60))
        await writer.store(.found(result), for: key, policy: policy)
        var cached = result
        cached.cached = true
        #expect(await reader.entry(for: key) == .found(cached))
        #expect(reader.statistics.databaseHits == 1)
        // Stored again (a refresh), it is replaced, not duplicated.
        await writer.store(.notFound, for: key, policy: policy)
        #expect(writer.statistics.storeFailures == 0)
        #expect(try await reader.storedCount() == 1)
        // Past its time to live it is gone for every replica, and purging removes the row.
        clock.advance(61)
        let fresh = GeocodeCache(store: PostgresGeocodeCacheStore(store: second), now: clock.now)
        #expect(await fresh.entry(for: key) == nil)
        #expect(try await fresh.purgeExpired() == 1)
        await first.close()
        await second.close()
    }
}
