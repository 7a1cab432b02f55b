/// A validated zone query: a WGS84 point, a five-digit ZIP code, either or both.
public struct ZonePointQuery: Sendable, Equatable {
    public let coordinate: Coordinate?
    public let zip: String?

    /// Validates the parts: latitude within [-90, 90], longitude within [-180, 180], both finite and given
    /// together; a ZIP code in 5-digit or ZIP+4 form (empty means none).
    public init(lat: Double?, lng: Double?, zip: String? = nil) throws(ZoneQueryError) {
        switch (lat, lng) {
        case (nil, nil):
            coordinate = nil
        case (nil, .some):
            throw .incompleteCoordinates(missing: "lat")
        case (.some, nil):
            throw .incompleteCoordinates(missing: "lng")
        case let (lat?, lng?):
            guard lat.isFinite, (-90...90).contains(lat) else { throw .invalidLatitude(lat) }
            guard lng.isFinite, (-180...180).contains(lng) else { throw .invalidLongitude(lng) }
            coordinate = Coordinate(longitude: lng, latitude: lat)
        }
        if let zip, !zip.trimmingWhitespace().isEmpty {
            guard let code = ZIPCode.normalize(zip) else { throw .invalidZIP(zip) }
            self.zip = code
        } else {
            self.zip = nil
        }
    }
}
