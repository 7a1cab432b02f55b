import Foundation

/// A Nominatim server (OpenStreetMap) `search` endpoint in `jsonv2` format.
///
/// The public server's usage policy asks for an identifying User-Agent, at most one request a second,
/// and caching of results; data is ODbL.
public struct NominatimGeocoder: GeocodingProvider {
    public let name = "nominatim"
    public let requestsPerSecond: Double?
    private let userAgent: String
    private let email: String?
    private let options: HTTPProviderOptions

    /// The public endpoint.
    public static let defaultBaseURL = "https://nominatim.openstreetmap.org"

    public init(
        userAgent: String, email: String? = nil, options: HTTPProviderOptions = .init(baseURL: defaultBaseURL),
        requestsPerSecond: Double? = 1
    ) {
        self.userAgent = userAgent
        self.email = email
        self.options = options
        self.requestsPerSecond = requestsPerSecond
    }

    /// OSM data may be stored (ODbL): 90 days, misses for a day.
    public var cachePolicy: GeocodeCachePolicy {
        GeocodeCachePolicy(persistent: true, timeToLive: GeocodeCachePolicy.day * 90, notFoundTimeToLive: GeocodeCachePolicy.day)
    }

    public func geocode(_ address: ParsedAddress) async throws(ProviderFailure) -> GeocodeResult? {
        var query = [("q", address.key), ("format", "jsonv2"), ("addressdetails", "1"), ("limit", "1"), ("countrycodes", "us")]
        if let email { query.append(("email", email)) }
        let data = try await ProviderHTTP.get("/search", query: query, headers: [("User-Agent", userAgent)], options: options)
        let places: [Place]
        do { places = try JSONDecoder().decode([Place].self, from: data) } catch {
            throw .badResponse("not a jsonv2 result list: \(error)")
        }
        guard let place = places.first else { return nil }
        guard let lat = Double(place.lat), let lng = Double(place.lon), (-90...90).contains(lat), (-180...180).contains(lng) else {
            throw .badResponse("a result without valid coordinates")
        }
        let precision = Self.precision(place)
        let postcode = place.address?.postcode.flatMap { code -> String? in
            let digits = code.prefix { $0.isASCIIDigit }
            return digits.count >= 5 ? String(digits.prefix(5)) : nil
        }
        return GeocodeResult(
            lat: lat, lng: lng, formattedAddress: place.displayName, postcode: postcode, precision: precision,
            source: name, confidence: Double(min(30, place.placeRank ?? 16)) / 30
        )
    }

    static func precision(_ place: Place) -> GeocodePrecision {
        let rank = place.placeRank ?? 0
        if place.addresstype == "postcode" || place.type == "postcode" || place.category == "boundary" && place.type == "postal_code" {
            return .postcode
        }
        if rank >= 28 || (place.address?.houseNumber != nil && rank >= 26) { return .rooftop }
        if rank >= 26 { return .street }
        return .city
    }

    struct Place: Decodable {
        struct Address: Decodable {
            var houseNumber: String?
            var postcode: String?
            enum CodingKeys: String, CodingKey { case houseNumber = "house_number", postcode }
        }
        var lat: String
        var lon: String
        var displayName: String
        var category: String?
        var type: String?
        var addresstype: String?
        var placeRank: Int?
        var address: Address?

        enum CodingKeys: String, CodingKey {
            case lat, lon, displayName = "display_name", category, type, addresstype, placeRank = "place_rank", address
        }
    }
}
