import ArgumentParser
import CurbsideAPI
import CurbsideStore
import Foundation
import Geocoding

/// The options that choose the database and the geocoder; each overrides the configuration's value, which comes
/// from the environment.
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

    /// `configuration` with these options applied.
    func apply(to configuration: inout CurbsideConfiguration) throws {
        if let location = database ?? db { configuration.database.location = location }
        if let geocoder {
            guard let provider = GeocoderConfiguration.Provider(rawValue: geocoder.lowercased()) else {
                throw GeocoderConfigurationError.unknownProvider(geocoder)
            }
            configuration.geocoder.provider = provider
        }
        if let addressPoints { configuration.geocoder.addressPointsPath = addressPoints }
    }

    /// The geocoder `configuration` describes, caching in its database unless `--no-cache-file` (or the database is
    /// PostgreSQL, where the command caches in memory only); the offline provider answers at street level from the
    /// database's TIGER/Line ranges.
    func makeGeocoder(_ configuration: CurbsideConfiguration) async throws -> Geocoder {
        let streets = configuration.geocoder.provider == .offline ? try await Self.streetRanges(in: configuration.database.location) : nil
        let provider = try configuration.geocoder.makeProvider(streets: streets)
        let location = configuration.database.location
        let inMemory = noCacheFile || StorageLocation.isPostgres(location)
        let cache = inMemory ? GeocodeCache(store: nil) : try GeocodeCache(path: location)
        return Geocoder(provider: provider, cache: cache)
    }

    /// The street ranges the database at `location` holds; nil when it is a SQLite file that does not exist yet.
    static func streetRanges(in location: String) async throws -> StreetRangeLibrary? {
        guard StorageLocation.isPostgres(location) || FileManager.default.fileExists(atPath: location) else { return nil }
        let storage = try await StorageLocation.open(location, connections: 1)
        let library = StreetRangeLibrary()
        do {
            try await library.refresh(from: storage.streetRanges)
        } catch {
            if let postgres = storage as? PostgresStore { await postgres.close() }
            throw error
        }
        if let postgres = storage as? PostgresStore { await postgres.close() }
        return library
    }
}
