import ArgumentParser
import CurbsideAPI
import Foundation
import Geocoding

struct GeocodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geocode",
        abstract: "Locate one address, or every row of a CSV file.",
        discussion: """
            One address: prints {"lat","lng","formatted_address","postcode","precision","source","confidence","cached"} \
            as JSON; exits 1 when nothing is found. A file: --input addresses.csv --output out.csv, where the input has \
            a header with id,address; the output adds the normalized address, the result columns and an error column. \
            Keys for hosted geocoders come from the environment (MAPBOX_ACCESS_TOKEN); base URLs from CURBSIDE_MAPBOX_URL, \
            CURBSIDE_CENSUS_URL, CURBSIDE_NOMINATIM_URL.
            """
    )

    @Argument(help: "The address to locate.") var address: String?
    @Option(help: "A CSV with id,address columns.") var input: String?
    @Option(help: "Where to write the results.") var output: String?
    @Option(help: "Lookups in flight at once for --input (default 8).") var concurrency = 8
    @OptionGroup var geocoderOptions: GeocoderOptions

    func validate() throws {
        if address != nil, input != nil { throw ValidationError("give an address or --input, not both") }
        if address == nil, input == nil { throw ValidationError("give an address, or --input FILE --output FILE") }
        if input != nil, output == nil { throw ValidationError("--input needs --output") }
        if concurrency < 1 { throw ValidationError("--concurrency must be at least 1") }
    }

    func run() async throws {
        let geocoder: Geocoder
        do {
            var configuration = try CurbsideConfiguration.fromEnvironment()
            try geocoderOptions.apply(to: &configuration)
            geocoder = try await geocoderOptions.makeGeocoder(configuration)
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        }
        if let input, let output {
            try await geocodeFile(geocoder, input: input, output: output)
            return
        }
        do {
            let result = try await geocoder.geocode(address ?? "")
            Terminal.standardOutput(try JSON.string(result))
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        }
    }

    private func geocodeFile(_ geocoder: Geocoder, input: String, output: String) async throws {
        let batch = AddressFileGeocoder(geocoder: geocoder, concurrency: concurrency)
        let bar = ProgressReporter()
        let summary: AddressFileGeocoder.Summary
        do {
            summary = try await batch.run(input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output)) { done, total in
                bar.report(done: done, total: total)
            }
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        }
        bar.finish()
        func counts(_ precisions: [GeocodePrecision]) -> String {
            precisions.map { "\($0.rawValue) \(summary.byPrecision[$0, default: 0])" }.joined(separator: ", ")
        }
        let (locating, coarse) = (GeocodePrecision.allCases.filter(\.locatesAnAddress), GeocodePrecision.allCases.filter { !$0.locatesAnAddress })
        Terminal.standardError("""
            geocoded \(summary.rows) rows with \(geocoder.provider.name): \(summary.located) located (\(counts(locating))), \
            \(summary.tooCoarse) too coarse to locate (\(counts(coarse))); \
            \(summary.notFound) not found, \(summary.unparseable) unparseable, \(summary.failed) failed; \
            \(summary.cacheHits) from the cache, \(geocoder.statistics.providerCalls) provider calls → \(output)
            """)
    }
}
