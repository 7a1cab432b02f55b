@testable import Customers
import Foundation
import Geocoding
import Testing

/// Where an address is and which zone serves it: manual coordinates, the geocoder's answers, and zone matching.
@Suite("Placing an address")
struct PlacementTests {
    let locator = ScriptedLocator()
    let zones = Catalog.zones

    var placer: Placer { Placer(locator: locator, zones: zones, normalizer: AddressNormalizer()) }

    init() {
        for place in Place.all { locator.answer(place.address, with: place.location) }
    }

    func place(_ address: String, lat: Double? = nil, lng: Double? = nil, zone: String? = nil) async throws -> Placement {
        try await placer.place(address: address, lat: lat, lng: lng, zoneID: zone, tenant: Catalog.tenant)
    }

    @Test("a located address has the geocoder's point and the zone at that point")
    func located() async throws {
        let placement = try await place(Place.south.address)
        #expect(placement == Placement(
            addressKey: "1500 S CONGRESS AVE, AUSTIN, TX 78704", lat: Place.south.lat, lng: Place.south.lng, status: .located, zoneID: "sz_south",
            quality: PlacementQuality(method: .polygon)
        ))
        #expect(zones.asked == [ZoneTable.Question(tenant: Catalog.tenant, lat: Place.south.lat, lng: Place.south.lng, zip: "78704")])
    }

    @Test("a point in no zone falls back to the zone listing the address's ZIP")
    func zipFallback() async throws {
        let placement = try await place(Place.valle.address)
        #expect(placement.status == .located && placement.lat == Place.valle.lat && placement.zoneID == "sz_valle")
        #expect(try await place(Place.marfa.address).zoneID == nil)
    }

    @Test("when the geocoder is down the address is pending, without a point, and matched by ZIP")
    func geocoderDown() async throws {
        locator.answerEverything(with: .unavailable)
        let placement = try await place(Place.east.address)
        #expect(placement == Placement(addressKey: ScriptedLocator.key(Place.east.address), status: .pending, zoneID: "sz_east", quality: PlacementQuality(method: .zip)))
        #expect(zones.asked.first == ZoneTable.Question(tenant: Catalog.tenant, lat: nil, lng: nil, zip: "78702"))
    }

    @Test("an address the geocoder does not know is not found, and matched by ZIP")
    func notFound() async throws {
        let placement = try await place("77 Unknown Rd, Austin, TX 78719")
        #expect(placement == Placement(addressKey: "77 UNKNOWN RD, AUSTIN, TX 78719", status: .notFound, zoneID: "sz_valle", quality: PlacementQuality(method: .zip)))
        #expect(try await place("77 Unknown Rd, Austin, TX").zoneID == nil)
    }

    @Test("an address located only to its region or country is too coarse: no point, and matched by ZIP like one not found")
    func tooCoarse() async throws {
        locator.answer("1200 Ranch Rd, Austin, TX 78719", with: .tooCoarse)
        let placement = try await place("1200 Ranch Rd, Austin, TX 78719")
        #expect(placement == Placement(addressKey: "1200 RANCH RD, AUSTIN, TX 78719", status: .tooCoarse, zoneID: "sz_valle", quality: PlacementQuality(method: .zip)))
        #expect(zones.asked == [ZoneTable.Question(tenant: Catalog.tenant, lat: nil, lng: nil, zip: "78719")])
        locator.answer("1200 Ranch Rd, Austin, TX", with: .tooCoarse)
        #expect(try await place("1200 Ranch Rd, Austin, TX") == Placement(addressKey: "1200 RANCH RD, AUSTIN, TX", status: .tooCoarse, quality: PlacementQuality(method: ZoneMatchMethod.none)))
    }

    @Test("a zone given is used as given and nothing is matched")
    func zoneGiven() async throws {
        #expect(try await place(Place.east.address, zone: "sz_valle").zoneID == "sz_valle")
        #expect(zones.asked.isEmpty)
        #expect(locator.asked.count == 1)
    }

    @Test("coordinates given are manual, without the geocoder, and matched to a zone")
    func manual() async throws {
        let placement = try await place("1 Main St, Austin, TX 78701", lat: Place.east.lat, lng: Place.east.lng)
        #expect(placement.status == .manual && placement.lat == Place.east.lat && placement.lng == Place.east.lng)
        #expect(placement.zoneID == "sz_east")
        #expect(locator.asked.isEmpty)
    }

    @Test("manual coordinates must be on the globe", arguments: [
        (90.0001, 0.0, "lat"), (-91, 0, "lat"), (.nan, 0, "lat"), (.infinity, 0, "lat"),
        (0, 180.5, "lng"), (0, -181, "lng"), (0, .nan, "lng"), (0, -.infinity, "lng"),
    ] as [(Double, Double, String)])
    func coordinateRanges(lat: Double, lng: Double, field: String) async throws {
        #expect(await invalidField { try await place(Place.east.address, lat: lat, lng: lng) } == field)
    }

    @Test("the poles and the antimeridian are on the globe")
    func coordinateBounds() async throws {
        #expect(try await place(Place.east.address, lat: 90, lng: -180).status == .manual)
        #expect(try await place(Place.east.address, lat: -90, lng: 180).status == .manual)
    }

    @Test("one coordinate needs the other")
    func halfCoordinates() async throws {
        #expect(await invalidField { try await place(Place.east.address, lat: 30) } == "lng")
        #expect(await invalidField { try await place(Place.east.address, lng: -97) } == "lat")
        #expect(locator.asked.isEmpty)
    }

    @Test("an address that cannot be parsed is refused with the parser's reason")
    func unparseable() async throws {
        await #expect(throws: CustomerError.invalid(field: "address", reason: "cannot be parsed: it needs a house number and street, a ZIP code, or a city and state")) {
            try await place("hello")
        }
        #expect(locator.asked.isEmpty && zones.asked.isEmpty)
    }

    @Test("two spellings of one address share a key")
    func addressKey() async throws {
        let short = try await place("456 Oak Ave, Austin, TX 78702")
        let long = try await place("456 Oak Avenue, Austin, Texas 78702-1234")
        #expect(short.addressKey == long.addressKey && short.addressKey == "456 OAK AVE, AUSTIN, TX 78702")
    }

    @Test("an address typed without a ZIP falls back to the ZIP the geocoder found")
    func geocodedZIP() async throws {
        locator.answer("1 Airport Blvd, Austin, TX", with: .located(lat: 30.1975, lng: -97.6664, zip: "78719"))
        let placement = try await place("1 Airport Blvd, Austin, TX")
        #expect(placement.zoneID == "sz_valle")
    }
}
