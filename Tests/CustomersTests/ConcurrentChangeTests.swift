import Customers
import Foundation
import Testing

/// Changes made elsewhere while an update waits for the geocoder (another request, the outbox worker): the update
/// applies its changes to the record as the writing transaction finds it, so they are kept.
@Suite("Changes made while an update geocodes")
struct ConcurrentChangeTests {
    let f = ServiceFixture()

    @discardableResult
    func moveSouth(_ id: String) async -> CustomerSummary? {
        try? await f.service.updateCustomer(id: id, changes: CustomerChanges { $0.address = .set(Place.south.address) }, tenant: f.tenant)
    }

    @Test("a customer deleted meanwhile stays deleted")
    func deletion() async throws {
        let id = try await f.create { $0.address = Place.east.address }.customer.id
        f.locator.whileLocating { [f] in try? await f.service.deleteCustomer(id: id, tenant: f.tenant) }
        #expect(await moveSouth(id) == nil, "the update finds no live customer")
        #expect(f.stored(id)?.deletedAt != nil)
        #expect(f.stored(id)?.address == Place.east.address)
    }

    @Test("a customer erased meanwhile (GDPR) stays erased")
    func erasure() async throws {
        let id = try await f.create { $0.address = Place.east.address; $0.email = "ann@example.com" }.customer.id
        f.locator.whileLocating { [f] in _ = try? await f.service.anonymize(customerID: id, tenant: f.tenant) }
        await moveSouth(id)
        #expect(f.stored(id)?.name == "Deleted User")
        #expect(f.stored(id)?.email == nil)
    }

    @Test("a Stripe customer id stored meanwhile by the outbox worker is kept")
    func stripeID() async throws {
        let id = try await f.create { $0.address = Place.east.address; $0.email = "ann@example.com" }.customer.id
        f.locator.whileLocating { [f] in
            _ = try? await f.repository.write { store in
                guard var customer = try store.customer(id: id, tenant: Catalog.tenant, includingDeleted: true) else { return }
                customer.stripeCustomerID = "cus_Stripe123"
                try store.update(customer)
            }
        }
        #expect(await moveSouth(id)?.customer.address == Place.south.address)
        #expect(f.stored(id)?.stripeCustomerID == "cus_Stripe123")
        #expect(f.stored(id)?.serviceZoneID == "sz_south")
    }

    @Test("a property deactivated meanwhile stays inactive and off its template")
    func propertyDeactivation() async throws {
        let customer = try await f.create { $0.address = Place.east.address; $0.servicePlanID = "sp_weekly" }.customer
        let property = try #require(f.properties(of: customer.id).first)
        f.locator.whileLocating { [f] in try? await f.service.deleteProperty(id: property.id, tenant: f.tenant) }
        _ = try? await f.service.updateProperty(id: property.id, changes: PropertyChanges { $0.address = .set(Place.south.address) }, tenant: f.tenant)
        let stored = f.repository.tables.properties.first { $0.id == property.id }
        #expect(stored?.isActive == false)
        #expect(stored?.address == Place.south.address && stored?.serviceZoneID == "sz_south")
        #expect(f.activeStops(on: "rt_wed").isEmpty)
    }
}
