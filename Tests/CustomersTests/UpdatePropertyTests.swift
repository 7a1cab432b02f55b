import Customers
import Foundation
import Testing

/// Partial updates of a property: its fields, activity and template stop.
@Suite("Updating a property")
struct UpdatePropertyTests {
    let f = ServiceFixture()

    /// A property in East Austin on the weekly plan, and so a stop of the Tuesday template.
    func property() async throws -> Property {
        let customer = try await f.create().customer
        return try await f.service.createProperty(
            customerID: customer.id, input: PropertyInput(address: Place.east.address) {
                $0.servicePlanID = "sp_weekly"
                $0.binSize = "96gal"
                $0.trashDay = "Tuesday"
            }, tenant: f.tenant
        ).property
    }

    func update(_ id: String, _ configure: (inout PropertyChanges) -> Void) async throws -> PropertySummary {
        try await f.service.updateProperty(id: id, changes: PropertyChanges(configure), tenant: f.tenant)
    }

    @Test("the fields given change, null clears, the others stay")
    func fields() async throws {
        let before = try await property()
        f.clock.advance(30)
        let after = try await update(before.id) {
            $0.binCount = .set(3)
            $0.binLocation = .set(" Behind fence ")
            $0.notes = .set("New gate code: 5678")
            $0.binSize = .cleared
            $0.trashDay = .set("fri")
            $0.trashPickupTime = .set("afternoon")
        }.property
        var expected = before
        expected.binCount = 3
        expected.binLocation = "Behind fence"
        expected.notes = "New gate code: 5678"
        expected.binSize = nil
        expected.trashDay = "Friday"
        expected.trashPickupTime = "afternoon"
        expected.updatedAt = TestClock.start.addingTimeInterval(30)
        #expect(after == expected)
        #expect(f.locator.asked.count == 1)
        let cleared = try await update(before.id) {
            $0.trashDay = .cleared
            $0.binCount = .cleared
        }.property
        #expect(cleared.trashDay == nil && cleared.binCount == 1)
    }

    @Test("refused changes leave the property as it was")
    func refused() async throws {
        let id = try await property().id
        let before = f.repository.tables
        #expect(await invalidField { try await update(id) { $0.address = .set(" ") } } == "address")
        #expect(await invalidField { try await update(id) { $0.address = .cleared } } == "address")
        #expect(await invalidField { try await update(id) { $0.binCount = .set(51) } } == "bin_count")
        #expect(await invalidField { try await update(id) { $0.trashDay = .set("x") } } == "trash_day")
        #expect(await invalidField { try await update(id) { $0.servicePlanID = .set("sp_gold") } } == "service_plan_id")
        #expect(await invalidField { try await update(id) { $0.lat = .set(-91) } } == "lat")
        #expect(f.repository.tables == before)
        #expect(await isNotFound { try await update("prop_none") { $0.binCount = .set(2) } })
        #expect(await isNotFound { try await f.service.updateProperty(id: id, changes: PropertyChanges(), tenant: Catalog.otherTenant) })
    }

    @Test("a new zone moves the stop to the template of the new zone")
    func zoneMovesStop() async throws {
        let id = try await property().id
        let stop = try #require(f.repository.tables.templateStops.first)
        #expect(try await update(id) { $0.serviceZoneID = .set("sz_south") }.serviceZoneName == "South Congress")
        #expect(f.activeStops(on: "rt_tue").isEmpty && f.activeStops(on: "rt_wed") == [id])
        _ = try await update(id) { $0.serviceZoneID = .set("sz_east") }
        #expect(f.activeStops(on: "rt_tue") == [id] && f.activeStops(on: "rt_wed").isEmpty)
        #expect(f.repository.tables.templateStops.first?.id == stop.id)
        #expect(f.repository.tables.templateStops.count == 2)
    }

    @Test("a plan without a template, or no plan, takes the property off every template")
    func planWithoutTemplate() async throws {
        let id = try await property().id
        _ = try await update(id) { $0.servicePlanID = .set("sp_biweekly") }
        #expect(f.activeStops(on: "rt_tue").isEmpty)
        _ = try await update(id) { $0.servicePlanID = .set("sp_weekly") }
        #expect(f.activeStops(on: "rt_tue") == [id])
        _ = try await update(id) { $0.servicePlanID = .cleared }
        #expect(f.activeStops(on: "rt_tue").isEmpty)
    }

    @Test("deactivating takes the property off its template and out of the count; reactivating puts it back")
    func activity() async throws {
        let property = try await property()
        #expect(try await update(property.id) { $0.isActive = .set(false) }.property.isActive == false)
        #expect(f.activeStops(on: "rt_tue").isEmpty)
        #expect(try await f.service.customer(id: property.customerID, tenant: f.tenant).propertyCount == 0)
        _ = try await update(property.id) { $0.isActive = .set(true) }
        #expect(f.activeStops(on: "rt_tue") == [property.id])
        #expect(try await f.service.customer(id: property.customerID, tenant: f.tenant).propertyCount == 1)
    }

    @Test("deleting deactivates the property and its stops and keeps the record")
    func deletion() async throws {
        let property = try await property()
        f.clock.advance(10)
        try await f.service.deleteProperty(id: property.id, tenant: f.tenant)
        let stored = try await f.service.properties(customerID: property.customerID, tenant: f.tenant)
        #expect(stored.map(\.property.id) == [property.id])
        #expect(stored.first?.property.isActive == false && stored.first?.property.address == Place.east.address)
        #expect(stored.first?.property.updatedAt == TestClock.start.addingTimeInterval(10))
        #expect(f.repository.tables.templateStops.map(\.isActive) == [false])
        #expect(await isNotFound { try await f.service.deleteProperty(id: "prop_none", tenant: f.tenant) })
        #expect(await isNotFound { try await f.service.deleteProperty(id: property.id, tenant: Catalog.otherTenant) })
    }
}
