import Geocoding
import Zones

/// Finds the zone of a point (or ZIP) among a tenant's active zones.
public protocol ZoneMatching: Sendable {
    /// The zone whose boundary covers the point, else the zone listing the ZIP, else nil.
    func zoneID(tenant: String, lat: Double?, lng: Double?, zip: String?) -> String?
}

/// What geocoding an address gave.
public enum AddressLocation: Sendable, Equatable {
    /// The address's point (with `city` precision or finer), and its ZIP code when known.
    case located(lat: Double, lng: Double, zip: String?)
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
            return .located(lat: result.lat, lng: result.lng, zip: result.postcode ?? address.zip)
        } catch {
            switch error {
            case .notFound, .unparseable: return .notFound
            case .providerUnavailable, .unauthorized, .badResponse: return .unavailable
            }
        }
    }
}

extension ZoneIndexRegistry: ZoneMatching {}
