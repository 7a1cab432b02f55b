import ArgumentParser
import CurbsideAPI
import Foundation
import Geocoding
import Geodesy

struct ReverseGeocodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reverse-geocode",
        abstract: "The address at a point, from the offline data.",
        discussion: """
            Prints {"address","street","number","postcode","distance_m","precision","source"} as JSON: the nearest \
            TIGER/Line address range within 100 m (precision street; see `curbside geocoder import-tiger`), else the \
            nearest address point within 100 m (rooftop; --address-points), else the ZIP code whose centroid is \
            nearest (postcode). Exits 1 when there is none.
            """
    )

    @Option(parsing: .unconditional, help: "Latitude, WGS84 degrees.") var lat: Double
    @Option(parsing: .unconditional, help: "Longitude, WGS84 degrees (negative west of Greenwich: --lng -97.74).") var lng: Double
    @OptionGroup var geocoderOptions: GeocoderOptions

    func validate() throws {
        guard lat.isFinite, (-90...90).contains(lat) else { throw ValidationError("--lat must be between -90 and 90") }
        guard lng.isFinite, (-180...180).contains(lng) else { throw ValidationError("--lng must be between -180 and 180") }
    }

    func run() async throws {
        let result: ReverseGeocodeResult?
        do {
            var configuration = try CurbsideConfiguration.fromEnvironment()
            try geocoderOptions.apply(to: &configuration)
            let streets = try await GeocoderOptions.streetRanges(in: configuration.database.location)
            let points = try configuration.geocoder.addressPointsPath.map { try AddressPoints(contentsOf: URL(fileURLWithPath: $0)) }
            result = OfflineGeocoder(addressPoints: points, streets: streets).reverse(GeoPoint(latitude: lat, longitude: lng))
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        }
        guard let result else {
            Terminal.standardError("error: no street, address point or ZIP code is near \(lat), \(lng)")
            throw ExitCode.failure
        }
        Terminal.standardOutput(try JSON.string(result))
    }
}
