import Foundation

/// How a property (or a customer's own address) was placed, and how far its zone can be trusted.
public struct PlacementQuality: Sendable, Hashable, Codable {
    /// How finely the coordinates locate the address; nil when there are none or the source did not say.
    public var precision: PlacementPrecision?
    /// Where the coordinates came from: a geocoder's source (`offline`, `tiger`, `mapbox`, …) or `manual`.
    public var source: String?
    /// The geocoder's confidence in its answer, 0 to 1.
    public var confidence: Double?
    /// How the zone was found.
    public var method: ZoneMatchMethod?
    /// Metres from the point to the nearest boundary of any active zone of the tenant, when both exist.
    public var boundaryDistance: Double?
    /// Whether the zone is trusted or needs a person's look; nil until first assessed.
    public var assignment: Assignment?
    /// Why the assignment needs review; empty when confident.
    public var reasons: [AssignmentReason]

    public init(
        precision: PlacementPrecision? = nil, source: String? = nil, confidence: Double? = nil, method: ZoneMatchMethod? = nil,
        boundaryDistance: Double? = nil, assignment: Assignment? = nil, reasons: [AssignmentReason] = []
    ) {
        self.precision = precision
        self.source = source
        self.confidence = confidence
        self.method = method
        self.boundaryDistance = boundaryDistance
        self.assignment = assignment
        self.reasons = reasons
    }

    /// Nothing known: a record with no address placed.
    public static let unknown = PlacementQuality()
}

/// How finely a record's coordinates locate its address.
public enum PlacementPrecision: String, Sendable, Codable, CaseIterable {
    case rooftop, street, postcode, city
    /// Coordinates given by a person (a pin dropped on a map).
    case manual
}

/// How a record's zone was found.
public enum ZoneMatchMethod: String, Sendable, Codable, CaseIterable {
    /// The zone's boundary covers the point.
    case polygon
    /// No boundary covers the point (or there is none); the zone lists the address's ZIP code.
    case zip
    /// The zone was given explicitly; re-zoning leaves it alone.
    case manual
    /// No zone.
    case none
}

/// Whether a record's zone can be trusted.
public enum Assignment: String, Sendable, Codable, CaseIterable {
    case confident, review
}

/// Why a record's zone needs review, in the order the review queue weighs them.
public enum AssignmentReason: String, Sendable, Codable, CaseIterable, Comparable {
    /// No zone covers the point and none lists its ZIP code.
    case outsideZones = "outside_zones"
    /// The stored zone no longer covers the point (the zones changed since it was placed).
    case zoneMismatch = "zone_mismatch"
    /// The geocoder was down; the address waits for coordinates.
    case geocodePending = "geocode_pending"
    /// Placed by the ZIP fallback, not by a boundary.
    case zipOnly = "zip_only"
    /// The point is a ZIP or city centroid, not the address.
    case coarseGeocode = "coarse_geocode"
    /// The point is closer to a zone boundary than its precision's uncertainty.
    case nearBoundary = "near_boundary"

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
