import Geodesy
/// Geocoding without network or key: address points when loaded (`rooftop`, or interpolated between points), else
/// TIGER/Line address ranges when imported (`street`, `source: "tiger"`), else the ZIP centroid, else the city
/// centroid. `precision` says which was reached.
public struct OfflineGeocoder: GeocodingProvider {
    public let name = "offline"
    public let requestsPerSecond: Double? = nil
    private let gazetteer: Gazetteer
    private let addressPoints: AddressPoints?
    private let streets: StreetRangeLibrary?

    /// How far from a street or address point a reverse geocode still names it, in metres.
    public static let reverseStreetDistance = 100.0
    /// How far from a ZIP's centroid a reverse geocode still names the ZIP, in metres.
    public static let reverseZIPDistance = 100_000.0

    public init(gazetteer: Gazetteer = .shipped, addressPoints: AddressPoints? = nil, streets: StreetRangeLibrary? = nil) {
        self.gazetteer = gazetteer
        self.addressPoints = addressPoints
        self.streets = streets
    }

    /// Answers are computed locally and cheaply, and the data may change: memory only, for an hour.
    public var cachePolicy: GeocodeCachePolicy {
        GeocodeCachePolicy(persistent: false, timeToLive: .seconds(3600), notFoundTimeToLive: .seconds(600))
    }

    public func geocode(_ address: ParsedAddress) async throws(ProviderFailure) -> GeocodeResult? {
        locate(address)
    }

    /// The best location the offline data gives for `address`.
    public func locate(_ address: ParsedAddress) -> GeocodeResult? {
        if let point = addressPoints?.rooftop(for: address) {
            return GeocodeResult(
                lat: point.latitude, lng: point.longitude, formattedAddress: point.formattedAddress,
                postcode: point.zip ?? address.zip, precision: .rooftop, source: name, confidence: 1
            )
        }
        if let streets, let match = streets.index.locate(address, gazetteer: gazetteer) {
            let zip = match.range.zip ?? address.zip
            return GeocodeResult(
                lat: match.point.latitude, lng: match.point.longitude,
                formattedAddress: formatted(number: address.number ?? String(match.number), street: match.range.street, zip: zip, address: address),
                postcode: zip, precision: .street, source: "tiger", confidence: match.confidence
            )
        }
        if let (lat, lng) = addressPoints?.interpolated(for: address) {
            return GeocodeResult(
                lat: lat, lng: lng, formattedAddress: address.key, postcode: address.zip, precision: .street,
                source: name, confidence: 0.7
            )
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

    /// The address at `point`: on the nearest street within 100 m, else the nearest address point within 100 m,
    /// else the ZIP whose centroid is nearest (within 100 km); nil when there is none.
    public func reverse(_ point: GeoPoint) -> ReverseGeocodeResult? {
        if let streets, let found = streets.index.nearestAddress(to: point, within: Self.reverseStreetDistance) {
            let zip = found.range.zip ?? gazetteer.nearestZIP(to: point, within: Self.reverseZIPDistance)?.entry.zip
            let number = String(found.number)
            return ReverseGeocodeResult(
                address: formatted(number: number, street: found.range.street, zip: zip, address: nil),
                street: found.range.street, number: number, postcode: zip, distanceMetres: found.distance,
                precision: .street, source: "tiger"
            )
        }
        if let (found, distance) = addressPoints?.nearest(to: point, within: Self.reverseStreetDistance) {
            return ReverseGeocodeResult(
                address: found.formattedAddress, street: found.street, number: found.number, postcode: found.zip,
                distanceMetres: distance, precision: .rooftop, source: name
            )
        }
        if let (entry, distance) = gazetteer.nearestZIP(to: point, within: Self.reverseZIPDistance) {
            return ReverseGeocodeResult(
                address: "\(entry.city), \(entry.state) \(entry.zip)", street: nil, number: nil, postcode: entry.zip,
                distanceMetres: distance, precision: .postcode, source: name
            )
        }
        return nil
    }

    /// `123 MAIN ST, CITY, ST 12345`, with the city and state of the ZIP (else of the address asked).
    private func formatted(number: String, street: String, zip: String?, address: ParsedAddress?) -> String {
        let entry = zip.flatMap { gazetteer.zips[$0] }
        var text = number
        text.reserveCapacity(64)
        text += " "
        text += street
        if let city = entry?.city ?? address?.city {
            text += ", "
            text += city
        }
        let state = entry?.state ?? address?.state
        if state != nil || zip != nil {
            text += ", "
            if let state { text += state }
            if let zip { text += state == nil ? zip : " " + zip }
        }
        return text
    }
}
