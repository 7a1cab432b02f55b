import Customers
import Foundation
import Testing

/// Adding a property to a customer: checks, geocoding, zone matching, trash day and template stop.
@Suite("Creating a property")
struct CreatePropertyTests {
    let f = ServiceFixture()

    func add(_ customerID: String, _ address: String?, _ configure: (inout PropertyInput) -> Void = { _ in }) async throws -> PropertySummary {
        try await f.service.createProperty(customerID: customerID, input: PropertyInput(address: address, configure), tenant: f.tenant)
    }

    @Test("a property is geocoded, zone-matched and stored with its fields trimmed")
    func created() async throws {
        let customer = try await f.create().customer
        f.clock.advance(5)
        let summary = try await add(customer.id, " \(Place.east.address) ") {
            $0.servicePlanID = " sp_biweekly "
            $0.binSize = " 64gal "
            $0.binLocation = "Front of house"
            $0.trashDay = "TUE"
            $0.trashPickupTime = " morning "
            $0.notes = "Ring doorbell on arrival"
        }
        let property = summary.property
        #expect(property.customerID == customer.id && property.tenantID == f.tenant && property.id.hasPrefix("prop_"))
        #expect(property.address == Place.east.address && property.addressKey == ScriptedLocator.key(Place.east.address))
        #expect(property.lat == Place.east.lat && property.lng == Place.east.lng && property.geocodeStatus == .located)
        #expect(property.serviceZoneID == "sz_east" && summary.serviceZoneName == "East Austin")
        #expect(property.servicePlanID == "sp_biweekly" && summary.servicePlanName == "Biweekly Recycling")
        #expect(property.binCount == 1 && property.binSize == "64gal" && property.binLocation == "Front of house")
        #expect(property.trashDay == "Tuesday" && property.trashPickupTime == "morning" && property.notes == "Ring doorbell on arrival")
        #expect(property.isActive && property.createdAt == TestClock.start.addingTimeInterval(5))
        #expect(f.properties(of: customer.id) == [property])
        #expect(try await f.service.customer(id: customer.id, tenant: f.tenant).propertyCount == 1)
        #expect(f.outbox.isEmpty)
    }

    @Test("address, bin count and trash day are checked before anything is asked or written")
    func checks() async throws {
        let id = try await f.create().customer.id
        let writes = f.repository.writeCount
        #expect(await invalidField { try await add(id, "  ") } == "address")
        #expect(await invalidField { try await add(id, nil) } == "address")
        #expect(await invalidField { try await add(id, Place.east.address) { $0.binCount = -1 } } == "bin_count")
        #expect(await invalidField { try await add(id, Place.east.address) { $0.binCount = 51 } } == "bin_count")
        #expect(await invalidField { try await add(id, Place.east.address) { $0.trashDay = "caturday" } } == "trash_day")
        #expect(f.locator.asked.isEmpty && f.repository.writeCount == writes)
        #expect(try await add(id, Place.east.address) { $0.binCount = 0 }.property.binCount == 0)
        #expect(try await add(id, Place.east.address) { $0.binCount = 50 }.property.binCount == 50)
    }

    @Test("plan and zone must exist in the tenant")
    func references() async throws {
        let id = try await f.create().customer.id
        #expect(await invalidField { try await add(id, Place.east.address) { $0.servicePlanID = "sp_gold" } } == "service_plan_id")
        #expect(await invalidField { try await add(id, Place.east.address) { $0.serviceZoneID = "sz_other" } } == "service_zone_id")
        #expect(f.properties(of: id).isEmpty)
    }

    @Test("the customer must be a live customer of the tenant")
    func customerMustExist() async throws {
        let id = try await f.create().customer.id
        #expect(await isNotFound { try await add("cus_none", Place.east.address) })
        #expect(await isNotFound { try await f.service.createProperty(customerID: id, input: PropertyInput(address: Place.east.address), tenant: Catalog.otherTenant) })
        try await f.service.deleteCustomer(id: id, tenant: f.tenant)
        #expect(await isNotFound { try await add(id, Place.east.address) })
        #expect(f.repository.tables.properties.isEmpty)
    }

    @Test("a zone and plan put the property on their template; a zone given is used as given")
    func templateStop() async throws {
        let id = try await f.create().customer.id
        let east = try await add(id, Place.east.address) { $0.servicePlanID = "sp_weekly" }.property
        let given = try await add(id, Place.east.address) {
            $0.servicePlanID = "sp_weekly"
            $0.serviceZoneID = " sz_south "
        }.property
        #expect(given.serviceZoneID == "sz_south")
        #expect(f.activeStops(on: "rt_tue") == [east.id] && f.activeStops(on: "rt_wed") == [given.id])
        _ = try await add(id, Place.east.address)
        #expect(f.repository.tables.templateStops.count == 2)
    }

    @Test("in uniform mode a property without a day gets the tenant's default day")
    func uniformTrashDay() async throws {
        let id = try await f.create().customer.id
        #expect(try await add(id, Place.east.address).property.trashDay == nil)
        let settings = try await f.catalog.updateSettings(mode: "uniform", defaultTrashDay: "thu", tenant: f.tenant)
        #expect(settings == TenantSettings(trashDayMode: .uniform, defaultTrashDay: "Thursday"))
        #expect(try await add(id, Place.east.address).property.trashDay == "Thursday")
        #expect(try await add(id, Place.east.address) { $0.trashDay = "monday" }.property.trashDay == "Monday")
        _ = try await f.catalog.updateSettings(mode: "per_property", defaultTrashDay: nil, tenant: f.tenant)
        #expect(try await add(id, Place.east.address).property.trashDay == nil)
    }

    @Test("a property the geocoder cannot answer now is pending and queued; one it cannot find is not")
    func pendingAndNotFound() async throws {
        let id = try await f.create().customer.id
        let missing = try await add(id, "77 Unknown Rd, Austin, TX 78702").property
        #expect(missing.geocodeStatus == .notFound && missing.lat == nil && missing.serviceZoneID == "sz_east")
        #expect(f.outbox.isEmpty)
        f.locator.answerEverything(with: .unavailable)
        let pending = try await add(id, Place.east.address).property
        #expect(pending.geocodeStatus == .pending && pending.lat == nil && pending.serviceZoneID == "sz_east")
        #expect(f.outbox == [.init(kind: .geocode, subject: pending.id)])
    }
}
