import CurbsideStore
import Foundation
import GRDB
import Geocoding
import Testing

@Suite("Geocoding an address file")
struct AddressFileGeocoderTests {
    /// `ScriptedProvider.sample` with `precision`.
    func answer(_ precision: GeocodePrecision) -> Result<GeocodeResult?, ProviderFailure> {
        var result = ScriptedProvider.sample
        result.precision = precision
        return .success(result)
    }

    @Test("answers coarser than a city are counted apart from the located ones, and still written out")
    func coarseAnswersCountedApart() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("in.csv"), output = directory.appendingPathComponent("out.csv")
        try """
            id,address
            a,"1 Main St, Austin, TX 78701"
            b,"2 Main St, Austin, TX 78701"
            c,"3 Main St, Austin, TX 78701"
            d,"4 Main St, Austin, TX 78701"
            e,"5 Main St, Austin, TX 78701"
            """.write(to: input, atomically: true, encoding: .utf8)
        let provider = ScriptedProvider(script: [answer(.rooftop), answer(.region), answer(.country), answer(.city)], fallback: .success(nil))
        let batch = AddressFileGeocoder(geocoder: Geocoder(provider: provider, cache: try GeocodeCache(database: DatabaseQueue())), concurrency: 1)

        let summary = try await batch.run(input: input, output: output)

        #expect(summary.rows == 5 && summary.notFound == 1)
        #expect(summary.byPrecision == [.rooftop: 1, .region: 1, .country: 1, .city: 1])
        #expect(summary.located == 2 && summary.tooCoarse == 2)
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        #expect(lines[2].contains(",region,scripted,") && lines[3].contains(",country,scripted,"))
    }
}
