import Foundation

/// The Mapbox Geocoding API v6 (forward search).
///
/// With `permanent` (the default) requests ask for permanent geocodes, which Mapbox's terms let us store;
/// temporary geocodes may not be stored, so they are only kept in memory, briefly.
public struct MapboxGeocoder: GeocodingProvider {
    public let name = "mapbox"
    public let requestsPerSecond: Double?
    private let accessToken: String
    private let permanent: Bool
    private let options: HTTPProviderOptions

    /// The public endpoint.
    public static let defaultBaseURL = "https://api.mapbox.com"

    public init(accessToken: String, permanent: Bool = true, options: HTTPProviderOptions = .init(baseURL: defaultBaseURL), requestsPerSecond: Double? = 15) {
        self.accessToken = accessToken
        self.permanent = permanent
        self.options = options
        self.requestsPerSecond = requestsPerSecond
    }

    public var cachePolicy: GeocodeCachePolicy {
        permanent
            ? GeocodeCachePolicy(persistent: true, timeToLive: GeocodeCachePolicy.day * 180, notFoundTimeToLive: GeocodeCachePolicy.day)
            : GeocodeCachePolicy(persistent: false, timeToLive: .seconds(300), notFoundTimeToLive: .seconds(300))
    }

    public func geocode(_ address: ParsedAddress) async throws(ProviderFailure) -> GeocodeResult? {
        guard !accessToken.isEmpty else { throw .unauthorized("no Mapbox access token (set MAPBOX_ACCESS_TOKEN)") }
        var query = [("q", address.key), ("country", "us"), ("limit", "1"), ("autocomplete", "false"), ("access_token", accessToken)]
        if permanent { query.append(("permanent", "true")) }
        let data = try await ProviderHTTP.get("/search/geocode/v6/forward", query: query, options: options)
        let collection: FeatureCollection
        do { collection = try JSONDecoder().decode(FeatureCollection.self, from: data) } catch {
            throw .badResponse("not a v6 FeatureCollection: \(error)")
        }
        guard let feature = collection.features.first else { return nil }
        let properties = feature.properties
        guard let lng = properties.coordinates?.longitude ?? feature.geometry?.coordinates.first,
              let lat = properties.coordinates?.latitude ?? feature.geometry?.coordinates.dropFirst().first,
              (-90...90).contains(lat), (-180...180).contains(lng) else {
            throw .badResponse("a feature without coordinates")
        }
        let formatted = properties.fullAddress
            ?? [properties.name, properties.placeFormatted].compactMap { $0 }.joined(separator: ", ")
        return GeocodeResult(
            lat: lat, lng: lng, formattedAddress: formatted,
            postcode: properties.context?.postcode?.name.map { String($0.prefix(5)) },
            precision: Self.precision(featureType: properties.featureType, accuracy: properties.coordinates?.accuracy),
            source: name, confidence: Self.confidence(properties.matchCode?.confidence)
        )
    }

    static func confidence(_ matchConfidence: String?) -> Double {
        switch matchConfidence {
        case "exact": 1
        case "high": 0.9
        case "medium": 0.7
        case "low": 0.4
        default: 0.5
        }
    }

    private struct FeatureCollection: Decodable {
        var features: [Feature]
    }

    private struct Feature: Decodable {
        struct Geometry: Decodable { var coordinates: [Double] }
        var geometry: Geometry?
        var properties: Properties
    }

    private struct Properties: Decodable {
        struct Coordinates: Decodable { var longitude: Double?; var latitude: Double?; var accuracy: String? }
        struct MatchCode: Decodable { var confidence: String? }
        struct Named: Decodable { var name: String? }
        struct Context: Decodable { var postcode: Named? }
        var featureType: String?
        var fullAddress: String?
        var name: String?
        var placeFormatted: String?
        var coordinates: Coordinates?
        var matchCode: MatchCode?
        var context: Context?

        enum CodingKeys: String, CodingKey {
            case featureType = "feature_type", fullAddress = "full_address", name, placeFormatted = "place_formatted"
            case coordinates, matchCode = "match_code", context
        }
    }
}
