import Testing
import ZoneIndex

/// The shipped Austin sample behaves as its README says.
@Suite struct AustinSampleTests {
    let file: ZoneFile
    let index: ZoneIndex

    init() throws {
        file = try ZoneFile(contentsOf: Fixtures.austinZones)
        index = try ZoneIndex(zones: file.zones)
    }

    @Test func loadsCleanly() {
        #expect(file.problems.isEmpty)
        #expect(file.repairs.isEmpty)
        #expect(file.zones.count >= 12)
        #expect(file.zones.contains { $0.boundary.polygons.contains { !$0.holes.isEmpty } })
        #expect(file.zones.contains { if case .multiPolygon(let parts) = $0.boundary { parts.count > 1 } else { false } })
        #expect(file.zones.contains { !$0.isActive })
    }

    @Test(arguments: [
        ("Texas State Capitol", 30.2747, -97.7404, "sz_downtown_core"),
        ("UT Tower", 30.2862, -97.7394, "sz_central_austin"),
        ("Zilker Park", 30.2669, -97.7729, "sz_zilker_barton_hills"),
        ("Mueller", 30.2980, -97.7045, "sz_mueller_windsor_park"),
    ])
    func landmarksLandInTheirZones(name: String, lat: Double, lng: Double, zoneID: String) throws {
        let match = try index.match(lat: lat, lng: lng)
        #expect(match.method == .polygon, "\(name)")
        #expect(match.zone?.id == zoneID, "\(name)")
    }

    @Test func theAirportIsInAHoleSoOnlyItsZIPFindsAZone() throws {
        #expect(try index.match(lat: 30.1975, lng: -97.6664).method == .none)
        let byZIP = try index.match(lat: 30.1975, lng: -97.6664, zip: "78719")
        #expect(byZIP.method == .zip)
        #expect(byZIP.zone?.id == "sz_southeast_del_valle")
    }

    @Test func everyListedZIPCentroidZoneMatchesByZIP() throws {
        for zone in file.zones where zone.isActive {
            for zip in zone.zipCodes {
                let match = try index.match(lat: nil, lng: nil, zip: zip)
                #expect(match.method == .zip)
                #expect(match.zone?.priority ?? .min >= zone.priority, "\(zip)")
            }
        }
    }

    @Test func theInactiveZoneNeverAnswers() throws {
        let inactive = try #require(file.zones.first { !$0.isActive })
        let ring = inactive.boundary.polygons[0].exterior
        let inside = Coordinate(x: ring.map(\.x).reduce(0, +) / Double(ring.count), y: ring.map(\.y).reduce(0, +) / Double(ring.count))
        #expect(try index.match(lat: inside.y, lng: inside.x).zone?.id != inactive.id)
        for zip in inactive.zipCodes {
            #expect(try index.match(lat: nil, lng: nil, zip: zip).zone?.id != inactive.id)
        }
    }
}
