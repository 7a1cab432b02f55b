import Geocoding
import Zones

/// Finds the zone of a point (or ZIP) among a tenant's active zones.
public protocol ZoneMatching: Sendable {
    /// The zone whose boundary covers the point, else the zone listing the ZIP, else nil.
    func zoneID(tenant: String, lat: Double?, lng: Double?, zip: String?) -> String?
    /// The zone of the point (or ZIP), how it was found, and how far the point is from the nearest boundary of any
    /// active zone.
    func assess(tenant: String, lat: Double?, lng: Double?, zip: String?) -> ZoneAssessment
    /// Whether the tenant's active zone `zoneID` covers the point; nil when the tenant has no such active zone.
    func covers(zoneID: String, tenant: String, lat: Double, lng: Double) -> Bool?
}

/// What a tenant's zones say of a point.
public struct ZoneAssessment: Sendable, Equatable {
    public var zoneID: String?
    /// `polygon`, `zip` or `none`.
    public var method: ZoneMatchMethod
    /// Metres from the point to the nearest boundary of any active zone; nil without a point or zones.
    public var boundaryDistance: Double?

    public init(zoneID: String?, method: ZoneMatchMethod, boundaryDistance: Double?) {
        self.zoneID = zoneID
        self.method = method
        self.boundaryDistance = boundaryDistance
    }
}

extension ZoneMatching {
    /// For matchers that know no boundary distances: the zone and method from `zoneID`, no distance.
    public func assess(tenant: String, lat: Double?, lng: Double?, zip: String?) -> ZoneAssessment {
        if let id = zoneID(tenant: tenant, lat: lat, lng: lng, zip: nil) { return ZoneAssessment(zoneID: id, method: .polygon, boundaryDistance: nil) }
        if let id = zoneID(tenant: tenant, lat: nil, lng: nil, zip: zip) { return ZoneAssessment(zoneID: id, method: .zip, boundaryDistance: nil) }
        return ZoneAssessment(zoneID: nil, method: .none, boundaryDistance: nil)
    }

    /// For matchers that know only the best zone of a point: whether that zone is `zoneID`.
    public func covers(zoneID: String, tenant: String, lat: Double, lng: Double) -> Bool? {
        self.zoneID(tenant: tenant, lat: lat, lng: lng, zip: nil) == zoneID
    }
}

/// What geocoding an address gave.
public enum AddressLocation: Sendable, Equatable {
    /// The address's point (with `city` precision or finer), its ZIP code when known, and how it was found.
    case located(lat: Double, lng: Double, zip: String?, quality: PlacementQuality = .unknown)
    /// The geocoder found only the address's region or country, whose point does not locate it.
    case tooCoarse
    /// The geocoder knows no such address.
    case notFound
    /// The geocoder is down; try later.
    case unavailable
}

/// Geocodes addresses for the rules.
public protocol AddressLocating: Sendable {
    func locate(_ address: ParsedAddress) async -> AddressLocation
}

/// Geocoding through a `Geocoder` (with its cache, coalescing and retries).
public struct GeocoderLocator: AddressLocating {
    let geocoder: Geocoder

    public init(geocoder: Geocoder) {
        self.geocoder = geocoder
    }

    public func locate(_ address: ParsedAddress) async -> AddressLocation {
        do {
            let result = try await geocoder.geocode(address)
            guard result.precision.locatesAnAddress else { return .tooCoarse }
            let quality = PlacementQuality(precision: PlacementPrecision(result.precision), source: result.source, confidence: result.confidence)
            return .located(lat: result.lat, lng: result.lng, zip: result.postcode ?? address.zip, quality: quality)
        } catch {
            switch error {
            case .notFound, .unparseable: return .notFound
            case .providerUnavailable, .unauthorized, .badResponse: return .unavailable
            }
        }
    }
}

extension PlacementPrecision {
    /// The precision of a geocoder's answer that locates an address; nil for a region or country.
    init?(_ precision: GeocodePrecision) {
        switch precision {
        case .rooftop: self = .rooftop
        case .street: self = .street
        case .postcode: self = .postcode
        case .city: self = .city
        case .region, .country: return nil
        }
    }
}
