import ArgumentParser
import Foundation
import Geocoding

/// The options that choose and configure the geocoder; each falls back to its environment variable.
struct GeocoderOptions: ParsableArguments {
    @Option(help: "offline, mapbox, census or nominatim (env CURBSIDE_GEOCODER; default offline).")
    var geocoder: String?

    @Option(help: "The SQLite file geocodes are cached in (env CURBSIDE_DB; default curbside.sqlite).")
    var db: String?

    @Flag(help: "Keep the cache in memory only.")
    var noCacheFile = false

    @Option(help: "An OpenAddresses-style CSV (LON,LAT,NUMBER,STREET,…) for rooftop matches offline (env CURBSIDE_ADDRESS_POINTS).")
    var addressPoints: String?

    /// The database path: `--db`, else `CURBSIDE_DB`, else `curbside.sqlite`.
    func databasePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        db ?? environment["CURBSIDE_DB"] ?? "curbside.sqlite"
    }

    /// The geocoder these options and the environment describe.
    func makeGeocoder(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Geocoder {
        let configuration = try configuration(environment: environment)
        let provider = try configuration.makeProvider()
        let cache = noCacheFile ? try GeocodeCache(database: nil) : try GeocodeCache(path: databasePath(environment: environment))
        return Geocoder(provider: provider, cache: cache)
    }

    /// The provider configuration: the environment, overridden by flags.
    func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> GeocoderConfiguration {
        var configuration = try GeocoderConfiguration(environment: environment)
        if let geocoder {
            guard let provider = GeocoderConfiguration.Provider(rawValue: geocoder.lowercased()) else {
                throw GeocoderConfigurationError.unknownProvider(geocoder)
            }
            configuration.provider = provider
        }
        if let addressPoints { configuration.addressPointsPath = addressPoints }
        return configuration
    }
}
