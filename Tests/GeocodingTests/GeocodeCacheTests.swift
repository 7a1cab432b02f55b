import CurbsideStore
import Foundation
import GRDB
@testable import Geocoding
import Testing

@Suite("Geocode cache")
struct GeocodeCacheTests {
    let key = GeocodeCacheKey(address: "100 CONGRESS AVE, AUSTIN, TX 78701", provider: "scripted")
    let persistent = GeocodeCachePolicy(persistent: true, timeToLive: .seconds(3600), notFoundTimeToLive: .seconds(60))

    @Test func storedResultsComeBackMarkedCached() async throws {
        let cache = try GeocodeCache(database: DatabaseQueue())
        #expect(await cache.entry(for: key) == nil)
        await cache.store(.found(ScriptedProvider.sample), for: key, policy: persistent)
        guard case .found(let result) = await cache.entry(for: key) else { Issue.record("no entry"); return }
        #expect(result.cached)
        #expect(result.lat == ScriptedProvider.sample.lat && result.formattedAddress == ScriptedProvider.sample.formattedAddress)
        #expect(cache.statistics.misses == 1 && cache.statistics.memoryHits == 1)
    }

    @Test func entriesExpireAfterTheirTimeToLive() async throws {
        let clock = ManualClock()
        let cache = try GeocodeCache(database: DatabaseQueue(), now: clock.function)
        await cache.store(.found(ScriptedProvider.sample), for: key, policy: persistent)
        clock.advance(3599)
        #expect(await cache.entry(for: key) != nil)
        clock.advance(2)
        #expect(await cache.entry(for: key) == nil)
    }

    @Test func notFoundAnswersExpireSooner() async throws {
        let clock = ManualClock()
        let cache = try GeocodeCache(database: DatabaseQueue(), now: clock.function)
        await cache.store(.notFound, for: key, policy: persistent)
        #expect(await cache.entry(for: key) == .notFound)
        clock.advance(61)
        #expect(await cache.entry(for: key) == nil)
    }

    @Test func persistsAcrossRestarts() async throws {
        let path = temporaryDatabasePath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            let cache = try GeocodeCache(path: path)
            await cache.store(.found(ScriptedProvider.sample), for: key, policy: persistent)
            await cache.store(.notFound, for: GeocodeCacheKey(address: "1 NOWHERE LN, AUSTIN, TX", provider: "scripted"), policy: persistent)
        }
        let reopened = try GeocodeCache(path: path)
        guard case .found(let result) = await reopened.entry(for: key) else { Issue.record("lost across restart"); return }
        #expect(result.cached && result.postcode == "78701" && result.precision == .rooftop)
        #expect(await reopened.entry(for: GeocodeCacheKey(address: "1 NOWHERE LN, AUSTIN, TX", provider: "scripted")) == .notFound)
        #expect(reopened.statistics.databaseHits == 2)
    }

    @Test func memoryOnlyPoliciesNeverReachTheDatabase() async throws {
        let path = temporaryDatabasePath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let memoryOnly = GeocodeCachePolicy(persistent: false, timeToLive: .seconds(300), notFoundTimeToLive: .seconds(300))
        let cache = try GeocodeCache(path: path)
        await cache.store(.found(ScriptedProvider.sample), for: key, policy: memoryOnly)
        #expect(await cache.entry(for: key) != nil)
        #expect(try await cache.storedCount() == 0)
        #expect(await (try GeocodeCache(path: path)).entry(for: key) == nil)
    }

    @Test func theProviderIsPartOfTheKey() async throws {
        let cache = try GeocodeCache(database: DatabaseQueue())
        await cache.store(.found(ScriptedProvider.sample), for: key, policy: persistent)
        #expect(await cache.entry(for: GeocodeCacheKey(address: key.address, provider: "other")) == nil)
    }

    @Test func memoryIsBoundedAndTheDatabaseStillAnswers() async throws {
        let cache = try GeocodeCache(database: DatabaseQueue(), memoryCapacity: 2)
        for number in 1...5 {
            await cache.store(.found(ScriptedProvider.sample), for: GeocodeCacheKey(address: "\(number) MAIN ST", provider: "p"), policy: persistent)
        }
        #expect(await cache.entry(for: GeocodeCacheKey(address: "1 MAIN ST", provider: "p")) != nil)
        #expect(cache.statistics.databaseHits == 1)
        #expect(await cache.entry(for: GeocodeCacheKey(address: "5 MAIN ST", provider: "p")) != nil)
        #expect(cache.statistics.memoryHits == 1)
    }

    @Test func purgeDeletesOnlyStaleRows() async throws {
        let clock = ManualClock()
        let cache = try GeocodeCache(database: DatabaseQueue(), now: clock.function)
        await cache.store(.notFound, for: key, policy: persistent)
        await cache.store(.found(ScriptedProvider.sample), for: GeocodeCacheKey(address: "2 MAIN ST", provider: "p"), policy: persistent)
        clock.advance(120)
        #expect(try await cache.purgeExpired() == 1)
        #expect(try await cache.storedCount() == 1)
    }
}

@Suite("LRU cache")
struct LRUCacheTests {
    @Test func evictsTheLeastRecentlyUsed() {
        var lru = LRUCache<String, Int>(capacity: 3)
        lru.set(1, for: "a")
        lru.set(2, for: "b")
        lru.set(3, for: "c")
        #expect(lru.value(for: "a") == 1)
        lru.set(4, for: "d")
        #expect(lru.value(for: "b") == nil)
        #expect(lru.value(for: "a") == 1 && lru.value(for: "c") == 3 && lru.value(for: "d") == 4)
        lru.remove("c")
        lru.set(5, for: "e")
        lru.set(6, for: "f")
        #expect(lru.count == 3)
        #expect(lru.value(for: "a") == nil)
        #expect(lru.value(for: "d") == 4 && lru.value(for: "e") == 5 && lru.value(for: "f") == 6)
    }

    @Test func matchesAReferenceModelUnderRandomOperations() {
        var lru = LRUCache<Int, Int>(capacity: 8)
        var model: [(Int, Int)] = []  // most recent last
        var generator = SystemRandomNumberGenerator()
        for step in 0..<5_000 {
            let key = Int.random(in: 0..<20, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0:
                lru.set(step, for: key)
                model.removeAll { $0.0 == key }
                model.append((key, step))
                if model.count > 8 { model.removeFirst() }
            case 1:
                let expected = model.first { $0.0 == key }?.1
                #expect(lru.value(for: key) == expected)
                if let index = model.firstIndex(where: { $0.0 == key }) { model.append(model.remove(at: index)) }
            default:
                lru.remove(key)
                model.removeAll { $0.0 == key }
            }
            #expect(lru.count == model.count)
        }
    }
}
