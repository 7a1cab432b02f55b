import CPROJ

/// A position on the WGS84 ellipsoid, in degrees.
public struct GeoPoint: Sendable, Hashable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Whether the point is a valid WGS84 position.
    public var isValid: Bool {
        latitude.isFinite && longitude.isFinite && (-90...90).contains(latitude) && (-180...180).contains(longitude)
    }
}

/// Distances, bearings and areas on the WGS84 ellipsoid, from PROJ's geodesic routines (Karney's algorithms).
///
/// `geod_geodesic` is a plain value filled by `geod_init`: it owns no memory, so there is nothing to free.
public struct Geodesic: Sendable {
    private(set) var geodesic = geod_geodesic()

    /// The WGS84 ellipsoid.
    public static let wgs84 = Geodesic()

    private init() {
        geod_init(&geodesic, 6_378_137, 1 / 298.257223563)
    }

    /// The distance in metres from `from` to `to`, with the bearing (degrees clockwise from north) at each end.
    public func inverse(_ from: GeoPoint, _ to: GeoPoint) -> (distance: Double, initialBearing: Double, finalBearing: Double) {
        var distance = 0.0, azimuth1 = 0.0, azimuth2 = 0.0
        withUnsafePointer(to: geodesic) { g in
            geod_inverse(g, from.latitude, from.longitude, to.latitude, to.longitude, &distance, &azimuth1, &azimuth2)
        }
        return (distance, azimuth1, azimuth2)
    }

    /// The distance in metres between two points.
    public func distance(_ from: GeoPoint, _ to: GeoPoint) -> Double {
        inverse(from, to).distance
    }

    /// The point `distance` metres from `from` along `bearing` (degrees clockwise from north).
    public func destination(from: GeoPoint, bearing: Double, distance: Double) -> GeoPoint {
        var latitude = 0.0, longitude = 0.0
        withUnsafePointer(to: geodesic) { g in
            geod_direct(g, from.latitude, from.longitude, bearing, distance, &latitude, &longitude, nil)
        }
        return GeoPoint(latitude: latitude, longitude: longitude)
    }

    /// The point `distance` metres from `from` along `bearing`, with the bearing of the geodesic at that point.
    public func destinationAndBearing(from: GeoPoint, bearing: Double, distance: Double) -> (GeoPoint, Double) {
        var latitude = 0.0, longitude = 0.0, final = 0.0
        withUnsafePointer(to: geodesic) { g in
            geod_direct(g, from.latitude, from.longitude, bearing, distance, &latitude, &longitude, &final)
        }
        return (GeoPoint(latitude: latitude, longitude: longitude), final)
    }
}
