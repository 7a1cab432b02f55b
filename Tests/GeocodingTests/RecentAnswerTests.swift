import Foundation
@testable import Geocoding
import Testing

@Suite("Geocoder: answers remembered by input text")
struct RecentAnswerTests {
    let address = "100 Congress Ave, Austin, TX 78701"
    static let memoryOnly = GeocodeCachePolicy(persistent: false, timeToLive: .seconds(300), notFoundTimeToLive: .seconds(60))

    @Test func theSameTextIsAnsweredFromMemoryAndCountedAsAHit() async throws {
        let provider = ScriptedProvider()
        let geocoder = Geocoder(provider: provider, cache: try GeocodeCache(database: nil))
        let first = try await geocoder.geocode(address)
        for _ in 0..<5 {
            let again = try await geocoder.geocode(address)
            #expect(again.cached && again.lat == first.lat && again.formattedAddress == first.formattedAddress)
        }
        #expect(provider.callCount == 1)
        #expect(geocoder.cache.statistics.memoryHits == 5 && geocoder.cache.statistics.misses == 1)
    }

    @Test func aRememberedAnswerIsNotUsedAfterTheCacheEntryExpires() async throws {
        let clock = ManualClock()
        let provider = ScriptedProvider(policy: Self.memoryOnly)
        let geocoder = Geocoder(provider: provider, cache: try GeocodeCache(database: nil, now: clock.function))
        _ = try await geocoder.geocode(address)
        _ = try await geocoder.geocode(address)
        _ = try await geocoder.geocode(address)
        #expect(provider.callCount == 1)
        clock.advance(299)
        #expect(try await geocoder.geocode(address).cached)
        #expect(provider.callCount == 1)
        clock.advance(1)
        // Expired exactly at its time to live, as the cache has it: the provider is asked again.
        #expect(try await geocoder.geocode(address).cached == false)
        #expect(provider.callCount == 2)
    }

    @Test func notFoundIsRememberedOnlyForItsOwnTimeToLive() async throws {
        let clock = ManualClock()
        let provider = ScriptedProvider(policy: Self.memoryOnly, fallback: .success(nil))
        let geocoder = Geocoder(provider: provider, cache: try GeocodeCache(database: nil, now: clock.function))
        for _ in 0..<3 {
            await #expect(throws: GeocodingError.notFound(address: "100 CONGRESS AVE, AUSTIN, TX 78701", provider: "scripted")) {
                try await geocoder.geocode(address)
            }
        }
        #expect(provider.callCount == 1)
        clock.advance(60)
        await #expect(throws: GeocodingError.self) { try await geocoder.geocode(address) }
        #expect(provider.callCount == 2)
    }

    @Test func anotherSpellingOfTheSameAddressSharesTheCacheEntry() async throws {
        let provider = ScriptedProvider()
        let geocoder = Geocoder(provider: provider, cache: try GeocodeCache(database: nil))
        _ = try await geocoder.geocode(address)
        for spelling in ["100 CONGRESS AVENUE AUSTIN TEXAS 78701", "100 congress ave., austin, tx 78701", address] {
            #expect(try await geocoder.geocode(spelling).cached)
        }
        #expect(provider.callCount == 1)
    }
}
