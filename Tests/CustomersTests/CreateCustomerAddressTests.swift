import Customers
import Foundation
import Testing

/// Creating a customer with an address: geocoding, zone matching, the first property, its template stop, and the
/// outbox events of the same write.
@Suite("Creating a customer with an address")
struct CreateCustomerAddressTests {
    let f = ServiceFixture()

    @Test("the address is geocoded and zone-matched, and becomes the first property")
    func firstProperty() async throws {
        let summary = try await f.create { $0.address = "  \(Place.east.address) " }
        let customer = summary.customer
        #expect(customer.address == Place.east.address)
        #expect(customer.addressKey == "1100 E 6TH ST, AUSTIN, TX 78702")
        #expect(customer.lat == Place.east.lat && customer.lng == Place.east.lng)
        #expect(customer.geocodeStatus == .located)
        #expect(customer.serviceZoneID == "sz_east" && summary.serviceZoneName == "East Austin")
        #expect(summary.propertyCount == 1)
        let property = try #require(f.properties(of: customer.id).first)
        #expect(property.id.hasPrefix("prop_") && property.tenantID == f.tenant)
        #expect(property.address == customer.address && property.addressKey == customer.addressKey)
        #expect(property.lat == customer.lat && property.lng == customer.lng && property.geocodeStatus == .located)
        #expect(property.serviceZoneID == "sz_east" && property.binCount == 1 && property.isActive)
        #expect(property.createdAt == TestClock.start)
        #expect(f.locator.asked == ["1100 E 6TH ST, AUSTIN, TX 78702"])
        #expect(f.zones.asked.first == ZoneTable.Question(tenant: f.tenant, lat: Place.east.lat, lng: Place.east.lng, zip: "78702"))
        #expect(property.quality.method == .polygon && property.quality.assignment == .confident)
    }

    @Test("the first property with a zone and plan becomes a stop of their template")
    func templateStop() async throws {
        let withPlan = try await f.create {
            $0.address = Place.east.address
            $0.servicePlanID = "sp_weekly"
        }
        let property = try #require(f.properties(of: withPlan.customer.id).first)
        #expect(property.servicePlanID == "sp_weekly")
        #expect(f.activeStops(on: "rt_tue") == [property.id])
        _ = try await f.create { $0.address = Place.south.address }
        _ = try await f.create {
            $0.address = Place.south.address
            $0.servicePlanID = "sp_biweekly"
        }
        #expect(f.repository.tables.templateStops.count == 1)
    }

    @Test("a zone given is kept, pinned (method manual), and no zone is chosen")
    func zoneGiven() async throws {
        let customer = try await f.create {
            $0.address = Place.east.address
            $0.serviceZoneID = "sz_south"
            $0.servicePlanID = "sp_weekly"
        }.customer
        #expect(customer.serviceZoneID == "sz_south")
        #expect(f.properties(of: customer.id).first?.serviceZoneID == "sz_south")
        #expect(f.properties(of: customer.id).first?.quality.method == .manual)
        #expect(f.zones.asked.allSatisfy { $0.zip == nil }, "only the point's boundary distance is asked, never a zone by ZIP")
        #expect(f.activeStops(on: "rt_wed").count == 1 && f.activeStops(on: "rt_tue").isEmpty)
    }

    @Test("trash day and pickup time go to the first property; in uniform mode the tenant's day is the default")
    func trashDay() async throws {
        let given = try await f.create {
            $0.address = Place.east.address
            $0.trashDay = "tue"
            $0.trashPickupTime = " morning "
        }.customer
        let property = try #require(f.properties(of: given.id).first)
        #expect(property.trashDay == "Tuesday" && property.trashPickupTime == "morning")
        let perProperty = try await f.create { $0.address = Place.south.address }.customer
        #expect(f.properties(of: perProperty.id).first?.trashDay == nil)
        _ = try await f.catalog.updateSettings(mode: "uniform", defaultTrashDay: "thursday", tenant: f.tenant)
        let uniform = try await f.create { $0.address = Place.south.address }.customer
        #expect(f.properties(of: uniform.id).first?.trashDay == "Thursday")
        let monday = try await f.create {
            $0.address = Place.south.address
            $0.trashDay = "Monday"
        }
        #expect(f.properties(of: monday.customer.id).first?.trashDay == "Monday")
    }

    @Test("manual coordinates are kept as given, checked and zone-matched, without the geocoder")
    func manualCoordinates() async throws {
        let customer = try await f.create {
            $0.address = "1 Main St, Austin, TX 78701"
            $0.lat = Place.south.lat
            $0.lng = Place.south.lng
        }.customer
        #expect(customer.geocodeStatus == .manual && customer.lat == Place.south.lat)
        #expect(customer.serviceZoneID == "sz_south")
        #expect(f.properties(of: customer.id).first?.geocodeStatus == .manual)
        #expect(f.locator.asked.isEmpty)
        #expect(await invalidField {
            try await f.create {
                $0.address = Place.east.address
                $0.lat = 30
            }
        } == "lng")
    }

    @Test("an address the geocoder cannot find is kept, not found, and matched by its ZIP")
    func notFound() async throws {
        let summary = try await f.create { $0.address = "77 Unknown Rd, Austin, TX 78702" }
        #expect(summary.customer.geocodeStatus == .notFound)
        #expect(summary.customer.lat == nil && summary.customer.lng == nil)
        #expect(summary.customer.serviceZoneID == "sz_east")
        #expect(f.properties(of: summary.customer.id).first?.geocodeStatus == .notFound)
        #expect(f.outbox.isEmpty)
    }

    @Test("an address the geocoder finds only the region or country of is kept without a point, too coarse, and matched by its ZIP")
    func tooCoarse() async throws {
        f.locator.answer("9 Prairie Rd, Austin, TX 78702", with: .tooCoarse)
        let summary = try await f.create { $0.address = "9 Prairie Rd, Austin, TX 78702" }
        #expect(summary.customer.geocodeStatus == .tooCoarse)
        #expect(summary.customer.lat == nil && summary.customer.lng == nil)
        #expect(summary.customer.serviceZoneID == "sz_east")
        let property = try #require(f.properties(of: summary.customer.id).first)
        #expect(property.geocodeStatus == .tooCoarse && property.lat == nil && property.lng == nil && property.serviceZoneID == "sz_east")
        #expect(f.outbox.isEmpty)
    }

    @Test("when the geocoder is down the customer and property are kept pending, and the property queued for geocoding")
    func geocoderDown() async throws {
        f.locator.answerEverything(with: .unavailable)
        let summary = try await f.create {
            $0.address = Place.marfa.address
            $0.email = "lee@example.com"
        }
        #expect(summary.customer.geocodeStatus == .pending && summary.customer.lat == nil)
        #expect(summary.propertyCount == 1)
        let property = try #require(f.properties(of: summary.customer.id).first)
        #expect(property.geocodeStatus == .pending && property.lat == nil && property.addressKey == summary.customer.addressKey)
        #expect(f.outbox == [.init(kind: .geocode, subject: property.id), .init(kind: .welcomeEmail, subject: summary.customer.id)])
    }

    @Test("an address that cannot be parsed is refused before anything is asked or written")
    func unparseable() async throws {
        #expect(await invalidField { try await f.create { $0.address = "hello" } } == "address")
        #expect(f.locator.asked.isEmpty && f.repository.writeCount == 0)
    }
}
