/// How closely a geocode locates an address, from the most precise to the least.
public enum GeocodePrecision: String, Sendable, Codable, CaseIterable, Comparable {
    /// The address point itself (a building or parcel).
    case rooftop
    /// A point on the street, interpolated along it or from nearby numbers.
    case street
    /// The centroid of the ZIP code.
    case postcode
    /// The centroid of the city, or of a part of it (a neighbourhood, a borough, a village).
    case city
    /// The centroid of a state, a county or a district: an area larger than a city.
    case region
    /// The centroid of a country.
    case country

    private var rank: Int { Self.allCases.firstIndex(of: self)! }

    /// `rooftop` < `street` < `postcode` < `city` < `region` < `country`: smaller is more precise.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

    /// Whether a point this precise locates an address: `city` or finer. A region's or country's centroid can lie
    /// hundreds of kilometres from the address (the United States' is in Kansas), so such an answer places nothing.
    public var locatesAnAddress: Bool { self <= .city }
}

/// Where an address is.
public struct GeocodeResult: Sendable, Codable, Equatable {
    /// Latitude, WGS84 degrees.
    public var lat: Double
    /// Longitude, WGS84 degrees.
    public var lng: Double
    /// The address as the provider matched it.
    public var formattedAddress: String
    /// The five-digit ZIP code of the match, when known.
    public var postcode: String?
    /// How closely the point locates the address.
    public var precision: GeocodePrecision
    /// What answered: the provider (`offline`, `mapbox`, `census`, `nominatim`), or for the offline provider's
    /// street-level answers the data it used (`tiger`).
    public var source: String
    /// The provider's confidence in the match, from 0 to 1.
    public var confidence: Double
    /// Whether the answer came from the cache.
    public var cached: Bool

    public init(
        lat: Double, lng: Double, formattedAddress: String, postcode: String?, precision: GeocodePrecision,
        source: String, confidence: Double, cached: Bool = false
    ) {
        self.lat = lat
        self.lng = lng
        self.formattedAddress = formattedAddress
        self.postcode = postcode
        self.precision = precision
        self.source = source
        self.confidence = min(1, max(0, confidence))
        self.cached = cached
    }

    enum CodingKeys: String, CodingKey {
        case lat, lng, postcode, precision, source, confidence, cached
        case formattedAddress = "formatted_address"
    }
}
