import Customers
import Foundation
import Testing

/// Updating a property's address or coordinates: geocoding and zone matching again, and the stop following the zone.
@Suite("Updating a property's address")
struct UpdatePropertyAddressTests {
    let f = ServiceFixture()

    func property() async throws -> Property {
        let customer = try await f.create().customer
        return try await f.service.createProperty(
            customerID: customer.id, input: PropertyInput(address: Place.east.address) { $0.servicePlanID = "sp_weekly" }, tenant: f.tenant
        ).property
    }

    func update(_ id: String, _ configure: (inout PropertyChanges) -> Void) async throws -> Property {
        try await f.service.updateProperty(id: id, changes: PropertyChanges(configure), tenant: f.tenant).property
    }

    @Test("a new address is geocoded again, its zone matched again, and the stop follows the zone")
    func regeocoded() async throws {
        let id = try await property().id
        let after = try await update(id) { $0.address = .set(Place.south.address) }
        #expect(after.address == Place.south.address && after.addressKey == ScriptedLocator.key(Place.south.address))
        #expect(after.lat == Place.south.lat && after.lng == Place.south.lng && after.geocodeStatus == .located)
        #expect(after.serviceZoneID == "sz_south")
        #expect(f.activeStops(on: "rt_tue").isEmpty && f.activeStops(on: "rt_wed") == [id])
        #expect(f.locator.asked.count == 2 && f.outbox.isEmpty)
    }

    @Test("a new address in no zone leaves the property without a zone and off every template")
    func noZone() async throws {
        let id = try await property().id
        let after = try await update(id) { $0.address = .set(Place.marfa.address) }
        #expect(after.serviceZoneID == nil)
        #expect(f.repository.tables.templateStops.allSatisfy { !$0.isActive })
    }

    @Test("a new address found only to its region or country drops the old point: too coarse, zone by ZIP, off the old template")
    func tooCoarse() async throws {
        let id = try await property().id
        f.locator.answer("40 Ranch Rd, Austin, TX 78719", with: .tooCoarse)
        let after = try await update(id) { $0.address = .set("40 Ranch Rd, Austin, TX 78719") }
        #expect(after.geocodeStatus == .tooCoarse && after.lat == nil && after.lng == nil)
        #expect(after.serviceZoneID == "sz_valle")
        #expect(f.activeStops(on: "rt_tue").isEmpty && f.outbox.isEmpty)
    }

    @Test("a zone given with the new address is kept")
    func zoneGiven() async throws {
        let id = try await property().id
        let after = try await update(id) {
            $0.address = .set(Place.south.address)
            $0.serviceZoneID = .set("sz_east")
        }
        #expect(after.serviceZoneID == "sz_east" && after.lat == Place.south.lat)
        #expect(f.activeStops(on: "rt_tue") == [id])
    }

    @Test("coordinates alone are kept as given, manual, and matched to a zone, without the geocoder")
    func manualCoordinates() async throws {
        let id = try await property().id
        let after = try await update(id) {
            $0.lat = .set(Place.south.lat)
            $0.lng = .set(Place.south.lng)
        }
        #expect(after.address == Place.east.address && after.geocodeStatus == .manual)
        #expect(after.lat == Place.south.lat && after.serviceZoneID == "sz_south")
        #expect(f.locator.asked.count == 1 && f.outbox.isEmpty)
        #expect(f.activeStops(on: "rt_wed") == [id])
    }

    @Test("a new address the geocoder cannot answer now is pending, keeps its ZIP's zone and is queued")
    func pending() async throws {
        let id = try await property().id
        f.locator.answerEverything(with: .unavailable)
        let after = try await update(id) { $0.address = .set("12 Other St, Austin, TX 78719") }
        #expect(after.geocodeStatus == .pending && after.lat == nil && after.lng == nil)
        #expect(after.serviceZoneID == "sz_valle")
        #expect(f.outbox == [.init(kind: .geocode, subject: id)])
        _ = try await update(id) { $0.notes = .set("still pending") }
        #expect(f.outbox.count == 1)
    }
}
