import ArgumentParser
import Foundation
import CurbsideStore
import Geocoding

/// The options that choose and configure the geocoder; each falls back to its environment variable.
struct GeocoderOptions: ParsableArguments {
    @Option(help: "offline, mapbox, census or nominatim (env CURBSIDE_GEOCODER; default offline).")
    var geocoder: String?

    @Option(help: "The database: a postgres://user:password@host:5432/name URL, or a SQLite file (env CURBSIDE_DATABASE).")
    var database: String?

    @Option(help: "The SQLite file (env CURBSIDE_DB; default curbside.sqlite); --database wins.")
    var db: String?

    @Flag(help: "Keep the cache in memory only.")
    var noCacheFile = false

    @Option(help: "An OpenAddresses-style CSV (LON,LAT,NUMBER,STREET,…) for rooftop matches offline (env CURBSIDE_ADDRESS_POINTS).")
    var addressPoints: String?

    /// The database: `--database`, `--db`, `CURBSIDE_DATABASE`, `CURBSIDE_DB`, else `curbside.sqlite`.
    func databasePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        Self.location(database ?? db, environment: environment)
    }

    /// The database `option` names, else the environment's, else `curbside.sqlite`.
    static func location(_ option: String?, environment: [String: String]) -> String {
        option ?? [environment["CURBSIDE_DATABASE"], environment["CURBSIDE_DB"]].compactMap { $0 }.first { !$0.isEmpty } ?? "curbside.sqlite"
    }

    /// The geocoder these options and the environment describe.
    func makeGeocoder(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Geocoder {
        let configuration = try configuration(environment: environment)
        let provider = try configuration.makeProvider()
        let location = databasePath(environment: environment)
        // A PostgreSQL server keeps no geocode cache: answers are then cached in memory only.
        let inMemory = noCacheFile || StorageLocation.isPostgres(location)
        let cache = inMemory ? try GeocodeCache(database: nil) : try GeocodeCache(path: location)
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
