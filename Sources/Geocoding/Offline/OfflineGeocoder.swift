/// Geocoding without network or key: address points when loaded (rooftop, or interpolated along the street),
/// else the ZIP centroid, else the city centroid. `precision` says which was reached.
public struct OfflineGeocoder: GeocodingProvider {
    public let name = "offline"
    public let requestsPerSecond: Double? = nil
    private let gazetteer: Gazetteer
    private let addressPoints: AddressPoints?

    public init(gazetteer: Gazetteer = .shipped, addressPoints: AddressPoints? = nil) {
        self.gazetteer = gazetteer
        self.addressPoints = addressPoints
    }

    /// Answers are computed locally and cheaply, and the data files may change: memory only, for an hour.
    public var cachePolicy: GeocodeCachePolicy {
        GeocodeCachePolicy(persistent: false, timeToLive: .seconds(3600), notFoundTimeToLive: .seconds(600))
    }

    public func geocode(_ address: ParsedAddress) async throws(ProviderFailure) -> GeocodeResult? {
        locate(address)
    }

    /// The best location the offline data gives for `address`.
    public func locate(_ address: ParsedAddress) -> GeocodeResult? {
        if let addressPoints {
            if let point = addressPoints.rooftop(for: address) {
                return GeocodeResult(
                    lat: point.latitude, lng: point.longitude, formattedAddress: point.formattedAddress,
                    postcode: point.zip ?? address.zip, precision: .rooftop, source: name, confidence: 1
                )
            }
            if let (lat, lng) = addressPoints.interpolated(for: address) {
                return GeocodeResult(
                    lat: lat, lng: lng, formattedAddress: address.key, postcode: address.zip, precision: .street,
                    source: name, confidence: 0.7
                )
            }
        }
        if let zip = address.zip, let entry = gazetteer.zips[zip] {
            let agrees = (address.state == nil || address.state == entry.state) && (address.city == nil || address.city == entry.city)
            return GeocodeResult(
                lat: entry.latitude, lng: entry.longitude, formattedAddress: "\(entry.city), \(entry.state) \(entry.zip)",
                postcode: zip, precision: .postcode, source: name, confidence: agrees ? 0.5 : 0.3
            )
        }
        if let city = address.city, let state = address.state, let centroid = gazetteer.cityCentroid(city, state: state) {
            return GeocodeResult(
                lat: centroid.latitude, lng: centroid.longitude, formattedAddress: "\(city), \(state)",
                postcode: nil, precision: .city, source: name, confidence: 0.3
            )
        }
        return nil
    }
}
