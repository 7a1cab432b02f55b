import Geodesy
import Testing

/// Areas and distances against values computed independently with pyproj 3.7.2 (PROJ 9.5.1):
/// `Geod(ellps="WGS84").polygon_area_perimeter(lons, lats)` and `Geod(ellps="WGS84").inv(lng1, lat1, lng2, lat2)`.
@Suite("Geodesy: areas and distances")
struct GeodesicAreaTests {
    let geodesic = Geodesic.wgs84

    /// A counter-clockwise ring over the box, closed.
    static func box(_ minLng: Double, _ minLat: Double, _ maxLng: Double, _ maxLat: Double) -> [GeoPoint] {
        [(minLng, minLat), (maxLng, minLat), (maxLng, maxLat), (minLng, maxLat), (minLng, minLat)]
            .map { GeoPoint(latitude: $0.1, longitude: $0.0) }
    }

    static func within(_ value: Double, _ expected: Double, _ tolerance: Double = 0.005) -> Bool {
        abs(value - expected) <= tolerance * abs(expected)
    }

    @Test(arguments: [
        // (ring, pyproj's area in m²)
        (box(0, 0, 1, 1), 12_308_778_361.469452),
        (box(-97.75, 30.26, -97.74, 30.27), 1_066_763.9086465836),
        (box(-100, 30, -90, 40), 1_011_502_898_135.2793),
        (box(-97.7404, 30.2747, -97.74009, 30.27497), 892.7937327474356),
    ])
    func ringAreaMatchesPyproj(ring: [GeoPoint], expected: Double) {
        let area = geodesic.signedArea(ofRing: ring)
        #expect(Self.within(area, expected), "\(area) vs \(expected)")
        // Sub-square-metre agreement at city scale, not just 0.5 %.
        if expected < 2e6 { #expect(abs(area - expected) < 0.5) }
    }

    @Test func orientationGivesTheSign() {
        let ring = Self.box(-97.75, 30.26, -97.74, 30.27)
        let forward = geodesic.signedArea(ofRing: ring)
        let backward = geodesic.signedArea(ofRing: Array(ring.reversed()))
        #expect(forward > 0)
        #expect(backward < 0)
        #expect(abs(forward + backward) < 1e-6 * forward)
    }

    @Test func anOpenRingIsClosed() {
        let closed = Self.box(0, 0, 1, 1)
        #expect(abs(geodesic.signedArea(ofRing: Array(closed.dropLast())) - geodesic.signedArea(ofRing: closed)) < 1e-3)
    }

    @Test func holesSubtractWhateverTheirOrientation() {
        let exterior = Self.box(-97.75, 30.26, -97.74, 30.27)
        let hole = Self.box(-97.748, 30.262, -97.742, 30.268)
        // pyproj: 1,066,763.9086465836 − 384,035.00727295876.
        let expected = 1_066_763.9086465836 - 384_035.00727295876
        for rings in [[exterior, hole], [exterior, Array(hole.reversed())], [Array(exterior.reversed()), hole]] {
            let area = geodesic.area(ofRings: rings)
            #expect(Self.within(area, expected), "\(area) vs \(expected)")
            #expect(abs(area - expected) < 1)
        }
    }

    @Test func perimeterMatchesPyproj() {
        #expect(Self.within(geodesic.perimeter(ofRing: Self.box(-97.75, 30.26, -97.74, 30.27)), 4_141.716325927131))
        #expect(Self.within(geodesic.perimeter(ofRing: Self.box(0, 0, 1, 1)), 443_770.91724830196))
    }

    @Test(arguments: [
        (GeoPoint(latitude: 30.2747, longitude: -97.7404), GeoPoint(latitude: 30.2862, longitude: -97.7394), 1_278.4830837012953),
        (GeoPoint(latitude: 40.6413, longitude: -73.7781), GeoPoint(latitude: 51.47, longitude: -0.4543), 5_554_908.7905475),
        (GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 0, longitude: 1), 111_319.49079327357),
    ])
    func distanceMatchesPyproj(from: GeoPoint, to: GeoPoint, expected: Double) {
        let distance = geodesic.distance(from, to)
        #expect(Self.within(distance, expected))
        #expect(abs(distance - expected) < 0.01)
    }
}
