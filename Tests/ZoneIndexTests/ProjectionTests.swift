import Testing
@testable import ZoneIndex

/// State-plane files are reprojected through PROJ to WGS84 longitude/latitude.
@Suite struct ProjectionTests {
    /// The Empire State Building: WGS84 (-73.985656, 40.748433); NY Long Island state plane, US feet (EPSG:2263)
    /// (988224.827351, 211948.292714).
    let esbPlane = (x: 988224.827351, y: 211948.292714)
    let esb = Coordinate(longitude: -73.985656, latitude: 40.748433)

    private var stateplaneTriangle: String {
        let (x, y) = esbPlane
        return #"{"type":"Polygon","coordinates":[[[\#(x),\#(y)],[\#(x + 2000),\#(y)],[\#(x),\#(y + 2000)],[\#(x),\#(y)]]]}"#
    }

    @Test(arguments: ["urn:ogc:def:crs:EPSG::2263", "EPSG:2263", "http://www.opengis.net/def/crs/EPSG/0/2263"])
    func legacyCRSMemberIsHonoured(name: String) throws {
        let file = try ZoneFile(data: Fixtures.collection(Fixtures.feature(id: "esb", geometry: stateplaneTriangle), crs: name))
        #expect(file.problems.isEmpty)
        #expect(file.sourceCRS.identifier == "EPSG:2263")
        let corner = try #require(file.zones.first?.boundary.polygons.first?.exterior.first)
        #expect(abs(corner.x - esb.x) < 1e-6 && abs(corner.y - esb.y) < 1e-6, "got \(corner)")
        let index = try ZoneIndex(zones: file.zones)
        // A point 1000 ft north-east of the corner lies inside; the corner itself is on the boundary.
        #expect(try index.match(lat: esb.y + 0.0012, lng: esb.x + 0.0015).zone?.id == "esb")
        #expect(try index.match(lat: esb.y - 0.001, lng: esb.x).method == .none)
    }

    @Test func explicitCRSOverridesTheFile() throws {
        let data = Fixtures.collection(Fixtures.feature(id: "esb", geometry: stateplaneTriangle), crs: "urn:ogc:def:crs:OGC:1.3:CRS84")
        let plain = try ZoneFile(data: data)
        #expect(plain.problems.first?.message.contains("outside WGS84") == true)
        let reprojected = try ZoneFile(data: data, options: .init(crs: CoordinateReferenceSystem(name: "EPSG:2263")))
        #expect(reprojected.problems.isEmpty)
        let corner = try #require(reprojected.zones.first?.boundary.polygons.first?.exterior.first)
        #expect(abs(corner.x - esb.x) < 1e-6 && abs(corner.y - esb.y) < 1e-6)
    }

    @Test func crsNamesAreRead() {
        #expect(CoordinateReferenceSystem(name: "urn:ogc:def:crs:EPSG:6.6:2263").identifier == "EPSG:2263")
        #expect(CoordinateReferenceSystem(name: "urn:ogc:def:crs:OGC:1.3:CRS84").isWGS84LongitudeLatitude)
        #expect(CoordinateReferenceSystem(name: "EPSG:4326").isWGS84LongitudeLatitude)
        #expect(CoordinateReferenceSystem(name: "ESRI:102739").identifier == "ESRI:102739")
    }

    @Test func unknownCRSIsReported() {
        #expect(throws: ProjectionError.self) { try CoordinateTransformer(from: CoordinateReferenceSystem(name: "EPSG:999999")) }
    }

    @Test func unprojectablePositionsAreReported() throws {
        // Latitude 95° has no place in UTM.
        let transformer = try CoordinateTransformer(from: CoordinateReferenceSystem(name: "EPSG:32614"))
        var far = [Coordinate(x: 1e30, y: 1e30)]
        #expect(throws: ProjectionError.self) { try transformer.transform(&far) }
    }
}
