import Foundation

/// The US Census Bureau geocoder (`locations/onelineaddress`): keyless, public-domain results,
/// interpolated along TIGER address ranges.
public struct CensusGeocoder: GeocodingProvider {
    public let name = "census"
    public let requestsPerSecond: Double?
    private let benchmark: String
    private let options: HTTPProviderOptions
    private let normalizer: AddressNormalizer

    /// The public endpoint.
    public static let defaultBaseURL = "https://geocoding.geo.census.gov"

    public init(
        benchmark: String = "Public_AR_Current", options: HTTPProviderOptions = .init(baseURL: defaultBaseURL),
        requestsPerSecond: Double? = 5, normalizer: AddressNormalizer = AddressNormalizer()
    ) {
        self.benchmark = benchmark
        self.options = options
        self.requestsPerSecond = requestsPerSecond
        self.normalizer = normalizer
    }

    /// Census results are public domain: stored for 180 days, misses for a day.
    public var cachePolicy: GeocodeCachePolicy {
        GeocodeCachePolicy(persistent: true, timeToLive: GeocodeCachePolicy.day * 180, notFoundTimeToLive: GeocodeCachePolicy.day)
    }

    public func geocode(_ address: ParsedAddress) async throws(ProviderFailure) -> GeocodeResult? {
        let query = [("address", address.key), ("benchmark", benchmark), ("format", "json")]
        let data = try await ProviderHTTP.get("/geocoder/locations/onelineaddress", query: query, options: options)
        let response: Response
        do { response = try JSONDecoder().decode(Response.self, from: data) } catch {
            throw .badResponse("not a Census geocoder response: \(error)")
        }
        guard let match = response.result.addressMatches.first else { return nil }
        let lat = match.coordinates.y, lng = match.coordinates.x
        guard (-90...90).contains(lat), (-180...180).contains(lng) else { throw .badResponse("coordinates out of range") }
        let sameAddress = normalizer.key(match.matchedAddress).map { Self.withoutZIP($0) == Self.withoutZIP(address.key) } ?? false
        let confidence = sameAddress ? 1 : response.result.addressMatches.count == 1 ? 0.8 : 0.5
        // "The resulting lat/long is calculated along an address range" (the Census Geocoding Services API
        // documentation): every match is a point interpolated along the TIGER address range of one side of a street
        // segment (its `tigerLine` and `fromAddress`/`toAddress`), never an address point, so `street`.
        return GeocodeResult(
            lat: lat, lng: lng, formattedAddress: match.matchedAddress,
            postcode: match.addressComponents?.zip, precision: .street, source: name, confidence: confidence
        )
    }

    private static func withoutZIP(_ key: String) -> String {
        key.split(separator: " ").filter { !($0.count == 5 && $0.allSatisfy(\.isASCIIDigit)) }.joined(separator: " ")
    }

    private struct Response: Decodable {
        struct Result: Decodable { var addressMatches: [Match] }
        struct Match: Decodable {
            struct Coordinates: Decodable { var x: Double; var y: Double }
            struct Components: Decodable { var zip: String? }
            var matchedAddress: String
            var coordinates: Coordinates
            var addressComponents: Components?
        }
        var result: Result
    }
}
