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
            source: name, confidence: Double(min(30, max(0, place.placeRank))) / 30
        )
    }

    /// One result of a `jsonv2` answer: the fields read from it.
    struct Place: Decodable {
        struct Address: Decodable {
            var postcode: String?
        }
        var lat: String
        var lon: String
        var displayName: String
        /// The key of the result's main OSM tag (`class` in the `json` format).
        var category: String?
        /// The value of the result's main OSM tag.
        var type: String?
        /// `node`, `way` or `relation`; absent for results made by Nominatim itself (postcodes, some TIGER ones).
        var osmType: String?
        /// The label of the result as an address part (`city`, `county`, `road`, `postcode`, …).
        var addresstype: String?
        /// The search rank, 1 (continents) to 30 (houses).
        var placeRank: Int
        var address: Address?

        enum CodingKeys: String, CodingKey {
            case lat, lon, displayName = "display_name", category, type, osmType = "osm_type", addresstype
            case placeRank = "place_rank", address
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            lat = try container.decode(String.self, forKey: .lat)
            lon = try container.decode(String.self, forKey: .lon)
            displayName = try container.decode(String.self, forKey: .displayName)
            category = try container.decodeIfPresent(String.self, forKey: .category)
            type = try container.decodeIfPresent(String.self, forKey: .type)
            osmType = try container.decodeIfPresent(String.self, forKey: .osmType)
            addresstype = try container.decodeIfPresent(String.self, forKey: .addresstype)
            address = try container.decodeIfPresent(Address.self, forKey: .address)
            // A number in `jsonv2`; older servers wrote it as a string, as the documentation's examples show.
            if let rank = try? container.decode(Int.self, forKey: .placeRank) {
                placeRank = rank
            } else if let text = try? container.decode(String.self, forKey: .placeRank), let rank = Int(text) {
                placeRank = rank
            } else {
                throw DecodingError.dataCorruptedError(forKey: .placeRank, in: container, debugDescription: "no place_rank")
            }
        }
    }
}
