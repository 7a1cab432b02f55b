import Foundation
import Geocoding
import Synchronization

/// A provider whose answers a test scripts, counting its calls.
final class ScriptedProvider: GeocodingProvider {
    let name: String
    let cachePolicy: GeocodeCachePolicy
    let requestsPerSecond: Double?
    private let delay: Duration
    private let script: Mutex<[Result<GeocodeResult?, ProviderFailure>]>
    private let fallback: Result<GeocodeResult?, ProviderFailure>
    private let calls = Mutex<[Date]>([])

    /// Answers with `script` in order, then `fallback` forever, each after `delay`.
    init(
        name: String = "scripted", policy: GeocodeCachePolicy = .init(persistent: true, timeToLive: .seconds(3600), notFoundTimeToLive: .seconds(60)),
        requestsPerSecond: Double? = nil, delay: Duration = .zero,
        script: [Result<GeocodeResult?, ProviderFailure>] = [], fallback: Result<GeocodeResult?, ProviderFailure> = .success(ScriptedProvider.sample)
    ) {
        self.name = name
        self.cachePolicy = policy
        self.requestsPerSecond = requestsPerSecond
        self.delay = delay
        self.script = Mutex(script)
        self.fallback = fallback
    }

    static let sample = GeocodeResult(
        lat: 30.2672, lng: -97.7431, formattedAddress: "100 CONGRESS AVE, AUSTIN, TX 78701", postcode: "78701",
        precision: .rooftop, source: "scripted", confidence: 0.9
    )

    var callCount: Int { calls.withLock { $0.count } }
    var callTimes: [Date] { calls.withLock { $0 } }

    func geocode(_ address: ParsedAddress) async throws(ProviderFailure) -> GeocodeResult? {
        calls.withLock { $0.append(Date()) }
        if delay > .zero { try? await Task.sleep(for: delay) }
        let next = script.withLock { $0.isEmpty ? fallback : $0.removeFirst() }
        return try next.get()
    }
}

/// A clock tests move by hand.
final class ManualClock: Sendable {
    private let date = Mutex(Date(timeIntervalSince1970: 1_800_000_000))
    var now: Date { date.withLock { $0 } }
    func advance(_ seconds: TimeInterval) { date.withLock { $0 += seconds } }
    var function: @Sendable () -> Date { { self.now } }
}

/// A fresh path for a SQLite file in the temporary directory.
func temporaryDatabasePath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("curbside-test-\(UUID().uuidString).sqlite").path
}

/// A retry policy with tiny delays so tests run fast.
let quickRetries = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(5), maxDelay: .milliseconds(20), maxRetryAfter: .seconds(5))
