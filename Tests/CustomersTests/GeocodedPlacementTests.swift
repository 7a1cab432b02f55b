import Customers
import Foundation
import Testing

/// Writing back, later, the placement of an address the geocoder could not answer when it was saved.
@Suite("Geocoded placements")
struct GeocodedPlacementTests {
    let f = ServiceFixture()
    let later = TestClock.start.addingTimeInterval(600)

    /// A customer saved with a plan while the geocoder was down, and its pending first property.
    func pending(zone: String? = nil) async throws -> (Customer, Property) {
        f.locator.answerEverything(with: .unavailable)
        let customer = try await f.create {
            $0.address = Place.marfa.address
            $0.servicePlanID = "sp_weekly"
            $0.serviceZoneID = zone
        }.customer
        return (customer, try #require(f.properties(of: customer.id).first))
    }

    func apply(_ subject: String, address: String = Place.marfa.address, zone: String? = "sz_east") async throws -> Bool {
        let placement = GeocodedPlacement(
            tenantID: Catalog.tenant, subjectID: subject, address: address, lat: 30.3, lng: -104.0, status: .located, zoneID: zone
        )
        let date = later
        return try await f.repository.write { try placement.apply(in: $0, at: date) }
    }

    @Test("a pending property gets its point, status and zone, a template stop, and its pending customer too")
    func propertyPlaced() async throws {
        let (customer, property) = try await pending()
        #expect(try await apply(property.id))
        let placed = try #require(f.properties(of: customer.id).first)
        #expect(placed.lat == 30.3 && placed.lng == -104.0 && placed.geocodeStatus == .located)
        #expect(placed.serviceZoneID == "sz_east" && placed.updatedAt == later)
        #expect(f.activeStops(on: "rt_tue") == [property.id])
        let stored = try #require(f.stored(customer.id))
        #expect(stored.lat == 30.3 && stored.geocodeStatus == .located && stored.serviceZoneID == "sz_east" && stored.updatedAt == later)
    }

    @Test("a zone the record already has is kept")
    func zoneKept() async throws {
        let (customer, property) = try await pending(zone: "sz_south")
        #expect(try await apply(property.id))
        #expect(f.properties(of: customer.id).first?.serviceZoneID == "sz_south")
        #expect(f.stored(customer.id)?.serviceZoneID == "sz_south")
        #expect(f.activeStops(on: "rt_wed") == [property.id])
    }

    @Test("a placement for an address changed since, or a record no longer pending, is dropped")
    func stale() async throws {
        let (_, property) = try await pending()
        let before = f.repository.tables
        #expect(try await apply(property.id, address: Place.east.address) == false)
        #expect(f.repository.tables == before)
        #expect(try await apply(property.id))
        #expect(try await apply(property.id) == false)
        #expect(try await apply("prop_none") == false)
    }

    @Test("a pending customer is placed on its own")
    func customerPlaced() async throws {
        let customer = try await f.create { $0.address = Place.east.address }.customer
        f.locator.answerEverything(with: .unavailable)
        _ = try await f.service.updateCustomer(id: customer.id, changes: CustomerChanges { $0.address = .set(Place.marfa.address) }, tenant: f.tenant)
        #expect(f.outbox == [.init(kind: .geocode, subject: customer.id)])
        #expect(try await apply(customer.id, zone: "sz_valle"))
        let stored = try #require(f.stored(customer.id))
        #expect(stored.geocodeStatus == .located && stored.lat == 30.3 && stored.lng == -104.0)
        #expect(stored.serviceZoneID == "sz_valle")
    }
}
