import ArgumentParser
import Foundation
import Geocoding

/// Times cached geocoding in process: `Geocoder.geocode(_:)` on addresses it has answered before, the path
/// `/geocode` takes for a repeated address, with the offline provider and a memory-only cache.
struct GeocodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geocode",
        abstract: "Times cached geocode lookups in process; prints one JSON row."
    )

    @Option(help: "Lookups to time.") var lookups = 1_000_000
    @Option(help: "Distinct addresses cycled through (all cached before timing).") var addresses = 1_000

    func run() async throws {
        let geocoder = Geocoder(provider: OfflineGeocoder(), cache: GeocodeCache(store: nil))
        let streets = ["Congress Ave", "Lamar Blvd", "Guadalupe St", "Oltorf St", "Burnet Rd", "Riverside Dr"]
        let zips = ["78701", "78702", "78703", "78704", "78705", "78751"]
        let texts = (0..<addresses).map { i in
            "\(100 + i * 7) \(streets[i % streets.count]), Austin, TX \(zips[i % zips.count])"
        }
        for text in texts { _ = try await geocoder.geocode(text) }
        let before = geocoder.statistics

        let clock = ContinuousClock()
        let start = clock.now
        for i in 0..<lookups { _ = try await geocoder.geocode(texts[i % texts.count]) }
        let elapsed = clock.now - start

        // Latency of single lookups, each timed, over a sample.
        var latencies: [Double] = []
        latencies.reserveCapacity(100_000)
        for i in 0..<min(lookups, 100_000) {
            let t = clock.now
            _ = try await geocoder.geocode(texts[(i * 31) % texts.count])
            let d = clock.now - t
            latencies.append(Double(d.components.attoseconds) * 1e-15 + Double(d.components.seconds) * 1e3)
        }
        latencies.sort()
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let after = geocoder.statistics
        guard after.providerCalls == before.providerCalls else {
            throw ValidationError("timed lookups reached the provider: the addresses were not all cached")
        }
        let row: [String: Any] = [
            "name": "cached geocode in process (Geocoder.geocode, \(addresses) addresses)",
            "value": Double(lookups) / seconds,
            "unit": "lookups/s",
            "p50_ms": latencies[latencies.count / 2],
            "p99_ms": latencies[latencies.count * 99 / 100],
            "threads": "1 task",
            "engine": "Geocoder (in process)",
        ]
        let data = try JSONSerialization.data(withJSONObject: row, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
}
