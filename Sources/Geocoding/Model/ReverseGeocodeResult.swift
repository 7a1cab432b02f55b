/// The address at a position.
public struct ReverseGeocodeResult: Sendable, Codable, Equatable {
    /// The address in canonical form, e.g. `1104 CONGRESS AVE, AUSTIN, TX 78701`; for a ZIP, `AUSTIN, TX 78701`.
    public var address: String
    /// The street, when the answer is on one.
    public var street: String?
    /// The house number, when the answer has one.
    public var number: String?
    /// The five-digit ZIP code, when known.
    public var postcode: String?
    /// Metres from the position to the answer (the street's centre line, the address point or the ZIP's centroid).
    public var distanceMetres: Double
    /// `street` for an address range, `rooftop` for an address point, `postcode` for the nearest ZIP centroid.
    public var precision: GeocodePrecision
    /// `tiger` for an address range, `offline` for an address point or the gazetteer.
    public var source: String

    public init(
        address: String, street: String?, number: String?, postcode: String?, distanceMetres: Double,
        precision: GeocodePrecision, source: String
    ) {
        self.address = address
        self.street = street
        self.number = number
        self.postcode = postcode
        self.distanceMetres = distanceMetres
        self.precision = precision
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case address, street, number, postcode, precision, source
        case distanceMetres = "distance_m"
    }

    /// Every key, `null` for what is unknown.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(address, forKey: .address)
        try container.encode(street, forKey: .street)
        try container.encode(number, forKey: .number)
        try container.encode(postcode, forKey: .postcode)
        try container.encode(distanceMetres, forKey: .distanceMetres)
        try container.encode(precision, forKey: .precision)
        try container.encode(source, forKey: .source)
    }
}
