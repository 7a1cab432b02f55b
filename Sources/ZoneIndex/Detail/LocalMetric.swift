import Foundation

/// The shape of the WGS84 ellipsoid near one latitude: how many metres a degree of longitude spans for each
/// metre a degree of latitude spans there.
///
/// Distances in degrees with longitude differences multiplied by `xScale` are proportional to metres near that
/// latitude (to first order), which is enough to rank boundary points by nearness; the metres themselves come
/// from PROJ's geodesic.
struct LocalMetric {
    /// Metres per degree of longitude over metres per degree of latitude.
    let xScale: Double

    /// The WGS84 first eccentricity squared.
    private static let eccentricitySquared = 0.00669437999014

    init(latitude: Double) {
        let phi = latitude * .pi / 180
        let sine = sin(phi)
        let w = 1 - Self.eccentricitySquared * sine * sine
        // (N cos φ) / M, with N and M the prime-vertical and meridian radii of curvature.
        xScale = max(1e-9, cos(phi) * w / (1 - Self.eccentricitySquared))
    }
}
