import Customers
import Foundation
import Testing

/// Updating a customer's address and coordinates: geocoding again, manual coordinates, pending geocodes.
@Suite("Updating a customer's address")
struct UpdateCustomerAddressTests {
    let f = ServiceFixture()

    func customer() async throws -> Customer {
        try await f.create { $0.address = Place.east.address }.customer
    }

    func update(_ id: String, _ configure: (inout CustomerChanges) -> Void) async throws -> Customer {
        try await f.service.updateCustomer(id: id, changes: CustomerChanges(configure), tenant: f.tenant).customer
    }

    @Test("a new address without coordinates is geocoded again and its zone matched again")
    func regeocoded() async throws {
        let id = try await customer().id
        let after = try await update(id) { $0.address = .set(Place.south.address) }
        #expect(after.address == Place.south.address && after.addressKey == ScriptedLocator.key(Place.south.address))
        #expect(after.lat == Place.south.lat && after.lng == Place.south.lng && after.geocodeStatus == .located)
        #expect(after.serviceZoneID == "sz_south")
        #expect(f.locator.asked.count == 2)
        #expect(f.outbox.isEmpty)
        // The customer's properties stay where they were.
        #expect(f.properties(of: id).map(\.address) == [Place.east.address])
    }

    @Test("a new address with coordinates keeps them as given, manual, without the geocoder")
    func manual() async throws {
        let id = try await customer().id
        let after = try await update(id) {
            $0.address = .set("1 Main St, Austin, TX 78701")
            $0.lat = .set(Place.south.lat)
            $0.lng = .set(Place.south.lng)
        }
        #expect(after.geocodeStatus == .manual && after.lat == Place.south.lat && after.serviceZoneID == "sz_south")
        #expect(f.locator.asked.count == 1)
    }

    @Test("a new address in no zone leaves the customer without a zone, as it does a property")
    func noZone() async throws {
        let id = try await customer().id
        let after = try await update(id) { $0.address = .set(Place.marfa.address) }
        #expect(after.lat == Place.marfa.lat && after.geocodeStatus == .located)
        #expect(after.serviceZoneID == nil)
    }

    @Test("a zone given with the new address is kept")
    func zoneGiven() async throws {
        let id = try await customer().id
        let after = try await update(id) {
            $0.address = .set(Place.south.address)
            $0.serviceZoneID = .set("sz_valle")
        }
        #expect(after.serviceZoneID == "sz_valle" && after.lat == Place.south.lat)
    }

    @Test("a new address the geocoder cannot answer now is pending and queued for the customer")
    func pending() async throws {
        let id = try await customer().id
        f.locator.answerEverything(with: .unavailable)
        let after = try await update(id) { $0.address = .set(Place.south.address) }
        #expect(after.geocodeStatus == .pending && after.lat == nil && after.lng == nil)
        #expect(f.outbox == [.init(kind: .geocode, subject: id)])
    }

    @Test("clearing the address clears its key and geocode status")
    func addressCleared() async throws {
        let id = try await customer().id
        let after = try await update(id) {
            $0.address = .cleared
            $0.lat = .cleared
            $0.lng = .cleared
        }
        #expect(after.address == nil && after.addressKey == nil && after.geocodeStatus == nil)
        #expect(after.lat == nil && after.lng == nil)
        #expect(try await f.service.duplicates(email: nil, address: Place.east.address, tenant: f.tenant).isEmpty)
    }

    @Test("coordinates alone are checked and become manual; both are needed")
    func coordinatesAlone() async throws {
        let id = try await f.create().customer.id
        let after = try await update(id) {
            $0.lat = .set(30.1)
            $0.lng = .set(-97.1)
        }
        #expect(after.lat == 30.1 && after.lng == -97.1 && after.geocodeStatus == .manual)
        #expect(try await update(id) { $0.lat = .set(30.2) }.lat == 30.2)
        #expect(await invalidField { try await update(id) { $0.lng = .cleared } } == "lng")
        #expect(await invalidField { try await update(id) { $0.lng = .set(200) } } == "lng")
        #expect(f.stored(id)?.lng == -97.1)
        #expect(f.locator.asked.isEmpty)
    }

    @Test("coordinates given while clearing the address are checked")
    func coordinatesCheckedWhenAddressCleared() async throws {
        let id = try await customer().id
        #expect(await invalidField {
            try await update(id) {
                $0.address = .cleared
                $0.lat = .set(500)
                $0.lng = .set(0)
            }
        } == "lat")
    }
}
