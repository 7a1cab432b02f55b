import CurbsideStore
import Foundation
import GRDB
@testable import Geocoding
import Testing

@Suite("Geocoder: coalescing, retries, rate limit")
struct GeocoderTests {
    let address = "100 Congress Ave, Austin, TX 78701"

    func geocoder(_ provider: ScriptedProvider, retry: RetryPolicy = quickRetries) throws -> Geocoder {
        Geocoder(provider: provider, cache: try GeocodeCache(database: DatabaseQueue()), retryPolicy: retry)
    }

    @Test func secondLookupComesFromTheCache() async throws {
        let provider = ScriptedProvider()
        let geocoder = try geocoder(provider)
        let first = try await geocoder.geocode(address)
        let second = try await geocoder.geocode("100 CONGRESS AVENUE AUSTIN TEXAS 78701-1111")
        #expect(!first.cached && second.cached)
        #expect(first.source == "scripted" && second.lat == first.lat)
        #expect(provider.callCount == 1)
        #expect(geocoder.cache.statistics.hits == 1 && geocoder.cache.statistics.misses == 1)
    }

    @Test func identicalLookupsInFlightMakeOneCall() async throws {
        let provider = ScriptedProvider(delay: .milliseconds(200))
        let geocoder = try geocoder(provider)
        let results = try await withThrowingTaskGroup(of: GeocodeResult.self) { group in
            for index in 0..<50 {
                let spelling = index.isMultiple(of: 2) ? address : "100 congress avenue, austin, texas 78701"
                group.addTask { try await geocoder.geocode(spelling) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 50)
        #expect(Set(results.map(\.lat)) == [ScriptedProvider.sample.lat])
        #expect(provider.callCount == 1)
        #expect(geocoder.statistics.coalesced == 49)
    }

    @Test func notFoundIsCachedAndReported() async throws {
        let provider = ScriptedProvider(fallback: .success(nil))
        let geocoder = try geocoder(provider)
        for _ in 0..<3 {
            await #expect(throws: GeocodingError.notFound(address: "100 CONGRESS AVE, AUSTIN, TX 78701", provider: "scripted")) {
                try await geocoder.geocode(address)
            }
        }
        #expect(provider.callCount == 1)
    }

    @Test func retryableFailuresAreRetriedThenSucceed() async throws {
        let provider = ScriptedProvider(script: [.failure(.serverError(status: 503, retryAfter: nil)), .failure(.timeout)])
        let geocoder = try geocoder(provider)
        let result = try await geocoder.geocode(address)
        #expect(result.lat == ScriptedProvider.sample.lat)
        #expect(provider.callCount == 3)
        #expect(geocoder.statistics.retries == 2)
    }

    @Test func retryAfterIsHonoured() async throws {
        let provider = ScriptedProvider(script: [.failure(.rateLimited(retryAfter: .milliseconds(400)))])
        let geocoder = try geocoder(provider)
        _ = try await geocoder.geocode(address)
        let times = provider.callTimes
        #expect(times.count == 2)
        #expect(times[1].timeIntervalSince(times[0]) >= 0.39)
    }

    @Test func aProviderThatStaysDownGivesATypedErrorAndNothingIsCached() async throws {
        let provider = ScriptedProvider(script: [
            .failure(.serverError(status: 500, retryAfter: nil)), .failure(.rateLimited(retryAfter: .milliseconds(10))),
            .failure(.serverError(status: 502, retryAfter: .seconds(2))),
        ])
        let geocoder = try geocoder(provider)
        do {
            _ = try await geocoder.geocode(address)
            Issue.record("expected providerUnavailable")
        } catch {
            guard case .providerUnavailable(let name, let retryAfter, let reason) = error else { Issue.record("got \(error)"); return }
            #expect(name == "scripted" && retryAfter == .seconds(2) && reason.contains("502"))
        }
        #expect(provider.callCount == 3)
        // Failures were not cached: the next lookup calls the provider again and succeeds.
        #expect(try await geocoder.geocode(address).cached == false)
        #expect(provider.callCount == 4)
    }

    @Test func aLongRetryAfterFailsAtOnce() async throws {
        let provider = ScriptedProvider(script: [.failure(.rateLimited(retryAfter: .seconds(3600)))])
        let geocoder = try geocoder(provider)
        await #expect(throws: GeocodingError.providerUnavailable(provider: "scripted", retryAfter: .seconds(3600), reason: "HTTP 429 rate limited")) {
            try await geocoder.geocode(address)
        }
        #expect(provider.callCount == 1)
    }

    @Test func refusedCredentialsAreNotRetriedOrCached() async throws {
        let provider = ScriptedProvider(script: [.failure(.unauthorized("HTTP 401: Not Authorized - Invalid Token"))])
        let geocoder = try geocoder(provider)
        await #expect(throws: GeocodingError.unauthorized(provider: "scripted", reason: "HTTP 401: Not Authorized - Invalid Token")) {
            try await geocoder.geocode(address)
        }
        #expect(provider.callCount == 1)
        _ = try await geocoder.geocode(address)
        #expect(provider.callCount == 2)
    }

    @Test func unparseableAddressesNeverReachTheProvider() async throws {
        let provider = ScriptedProvider()
        let geocoder = try geocoder(provider)
        await #expect(throws: GeocodingError.self) { try await geocoder.geocode("hello world") }
        #expect(provider.callCount == 0)
    }

    @Test func requestsAreSpacedByTheRateLimit() async throws {
        let provider = ScriptedProvider(requestsPerSecond: 10)
        let geocoder = try geocoder(provider)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for number in 1...6 { group.addTask { _ = try await geocoder.geocode("\(number) Main St, Austin, TX") } }
            try await group.waitForAll()
        }
        let times = provider.callTimes.sorted()
        #expect(times.count == 6)
        // Six calls at 10 a second span at least 0.5 s.
        #expect(times.last!.timeIntervalSince(times.first!) >= 0.45)
    }

    @Test func backoffGrowsAndIsCapped() {
        let policy = RetryPolicy(maxAttempts: 10, baseDelay: .milliseconds(100), maxDelay: .seconds(1))
        #expect(policy.delay(afterAttempt: 1, retryAfter: nil, random: 0.999) <= .milliseconds(100))
        #expect(policy.delay(afterAttempt: 3, retryAfter: nil, random: 0.999) > .milliseconds(300))
        #expect(policy.delay(afterAttempt: 9, retryAfter: nil, random: 0.999) <= .seconds(1))
        #expect(policy.delay(afterAttempt: 1, retryAfter: .seconds(2), random: 0.5) == .seconds(2))
        #expect(policy.delay(afterAttempt: 2, retryAfter: nil, random: 0) == .zero)
    }
}
