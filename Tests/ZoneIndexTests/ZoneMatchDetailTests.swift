import Geodesy
import Testing
@testable import ZoneIndex

/// `matchDetail` and `covers(zoneID:)` on zones whose distances are known by construction.
@Suite struct ZoneMatchDetailTests {
    /// A square from (-97.8, 30.2) to (-97.7, 30.3) with a square hole in the middle, and a smaller square east of it.
    static let zones = [
        Zone(id: "west", name: "West", zipCodes: ["78701"], boundary: .polygon(Polygon(
            exterior: ring(-97.8, 30.2, -97.7, 30.3),
            holes: [ring(-97.76, 30.24, -97.74, 30.26)]
        ))),
        Zone(id: "east", name: "East", boundary: .polygon(Polygon(exterior: ring(-97.6, 30.2, -97.55, 30.25)))),
        Zone(id: "off", name: "Inactive", isActive: false, boundary: .polygon(Polygon(exterior: ring(-97.69, 30.2, -97.61, 30.3)))),
    ]

    static func ring(_ minX: Double, _ minY: Double, _ maxX: Double, _ maxY: Double) -> [Coordinate] {
        [.init(x: minX, y: minY), .init(x: maxX, y: minY), .init(x: maxX, y: maxY), .init(x: minX, y: maxY), .init(x: minX, y: minY)]
    }

    static func within(_ actual: Double?, _ expected: Double) -> Bool {
        guard let actual else { return false }
        return abs(actual - expected) <= 0.005 * expected
    }

    @Test(arguments: [50.0, 1_000, 5_000])
    func pointWestOfAMeridianEdgeIsItsGeodesicDistanceAway(metres: Double) throws {
        let index = try ZoneIndex(zones: Self.zones)
        // The west edge is a meridian; a geodesic leaving it due west meets it at a right angle.
        let point = Geodesic.wgs84.destination(from: GeoPoint(latitude: 30.25, longitude: -97.8), bearing: 270, distance: metres)
        let detail = try index.matchDetail(lat: point.latitude, lng: point.longitude, zip: "78701")
        #expect(detail.match.method == .zip)
        #expect(Self.within(detail.boundaryDistance, metres), "\(detail.boundaryDistance ?? -1) m")
        #expect(detail.nearestZone?.id == "west")
        #expect(Self.within(detail.nearestDistance, metres))
    }

    @Test func pointInsideIsItsDistanceFromTheNearestEdge() throws {
        let index = try ZoneIndex(zones: Self.zones)
        // 300 m south of the middle of the north edge (a parallel, nearest at its middle by symmetry).
        let point = Geodesic.wgs84.destination(from: GeoPoint(latitude: 30.3, longitude: -97.78), bearing: 180, distance: 300)
        let detail = try index.matchDetail(lat: point.latitude, lng: point.longitude)
        #expect(detail.match.zone?.id == "west" && detail.match.method == .polygon)
        #expect(Self.within(detail.boundaryDistance, 300), "\(detail.boundaryDistance ?? -1) m")
        #expect(detail.nearestZone == nil && detail.nearestDistance == nil)
    }

    @Test func pointInAHoleIsNearestTheHolesZone() throws {
        let index = try ZoneIndex(zones: Self.zones)
        // 200 m east of the hole's west edge, inside the hole.
        let point = Geodesic.wgs84.destination(from: GeoPoint(latitude: 30.25, longitude: -97.76), bearing: 90, distance: 200)
        let detail = try index.matchDetail(lat: point.latitude, lng: point.longitude)
        #expect(detail.match == .none)
        #expect(Self.within(detail.boundaryDistance, 200), "\(detail.boundaryDistance ?? -1) m")
        #expect(detail.nearestZone?.id == "west")
        #expect(detail.nearestDistance == detail.boundaryDistance)
    }

    @Test func inactiveZonesHaveNoBoundary() throws {
        let index = try ZoneIndex(zones: Self.zones)
        // Inside the inactive zone: 1 km west of the east zone's west edge, much nearer the inactive zone's.
        let point = Geodesic.wgs84.destination(from: GeoPoint(latitude: 30.22, longitude: -97.6), bearing: 270, distance: 1_000)
        let detail = try index.matchDetail(lat: point.latitude, lng: point.longitude)
        #expect(detail.match == .none)
        #expect(detail.nearestZone?.id == "east")
        #expect(Self.within(detail.nearestDistance, 1_000), "\(detail.nearestDistance ?? -1) m")
    }

    @Test func withoutAPointThereAreNoDistances() throws {
        let index = try ZoneIndex(zones: Self.zones)
        let detail = try index.matchDetail(lat: nil, lng: nil, zip: "78701")
        #expect(detail == ZoneMatchDetail(match: try index.match(lat: nil, lng: nil, zip: "78701")))
        let empty = try ZoneIndex(zones: [Self.zones[2]])
        #expect(try empty.matchDetail(lat: 30.25, lng: -97.65) == ZoneMatchDetail(match: .none))
    }

    @Test func pointFarOutsideFindsTheNearestZone() throws {
        let index = try ZoneIndex(zones: Self.zones)
        // About 200 km east: the east zone is nearer than the west one.
        let detail = try index.matchDetail(lat: 30.22, lng: -95.5)
        #expect(detail.nearestZone?.id == "east")
        let expected = Geodesic.wgs84.distance(GeoPoint(latitude: 30.22, longitude: -95.5), GeoPoint(latitude: 30.22, longitude: -97.55))
        #expect(Self.within(detail.nearestDistance, expected), "\(detail.nearestDistance ?? -1) m, expected about \(expected) m")
    }

    @Test func coversAnswersForActiveZonesByID() throws {
        let index = try ZoneIndex(zones: Self.zones)
        #expect(try index.covers(zoneID: "west", lat: 30.21, lng: -97.79) == true)
        #expect(try index.covers(zoneID: "west", lat: 30.25, lng: -97.75) == false, "in the hole")
        #expect(try index.covers(zoneID: "west", lat: 30.2, lng: -97.75) == true, "on the boundary")
        #expect(try index.covers(zoneID: "east", lat: 30.21, lng: -97.79) == false)
        #expect(try index.covers(zoneID: "off", lat: 30.25, lng: -97.65) == nil, "inactive")
        #expect(try index.covers(zoneID: "nowhere", lat: 30.25, lng: -97.65) == nil)
        #expect(throws: ZoneQueryError.self) { try index.covers(zoneID: "west", lat: 91, lng: 0) }
    }
}
