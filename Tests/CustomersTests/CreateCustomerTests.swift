import Customers
import Foundation
import Testing

/// Creating a customer without an address: names, required fields and the rules of single fields.
@Suite("Creating a customer")
struct CreateCustomerTests {
    let f = ServiceFixture()

    @Test("first and last name make the name")
    func composedName() async throws {
        let summary = try await f.create(nil) {
            $0.firstName = " Jane "
            $0.lastName = "Smith"
        }
        #expect(summary.customer.name == "Jane Smith")
        #expect(summary.customer.firstName == "Jane")
        #expect(summary.customer.lastName == "Smith")
        #expect(f.stored(summary.customer.id) == summary.customer)
    }

    @Test("a name alone is split into first and last name at its last word")
    func splitName() async throws {
        let mary = try await f.create("  Mary Ann Smith ").customer
        #expect((mary.name, mary.firstName, mary.lastName) == ("Mary Ann Smith", "Mary Ann", "Smith"))
        let cher = try await f.create("Cher").customer
        #expect(cher.firstName == "Cher" && cher.lastName == nil)
    }

    @Test("a name given with a first or last name is kept, and not split")
    func nameWins() async throws {
        let customer = try await f.create("Acme LLC") { $0.firstName = "Jane" }.customer
        #expect(customer.name == "Acme LLC")
        #expect(customer.firstName == "Jane" && customer.lastName == nil)
    }

    @Test("a customer needs a name or a first or last name", arguments: [nil, "", "   "])
    func nameRequired(name: String?) async throws {
        #expect(await invalidField { try await f.create(name) { $0.email = "a@example.com" } } == "name")
        #expect(await invalidField { try await f.create(name) { $0.firstName = " " } } == "name")
        #expect(try await f.create(name) { $0.lastName = "Lee" }.customer.name == "Lee")
        #expect(f.repository.tables.customers.count == 1)
        #expect(f.repository.tables.outbox.isEmpty)
    }

    @Test("the e-mail address is checked and kept as typed, trimmed")
    func email() async throws {
        #expect(await invalidField { try await f.create { $0.email = "pat@example" } } == "email")
        #expect(try await f.create { $0.email = "  Pat@Example.COM " }.customer.email == "Pat@Example.COM")
        #expect(try await f.create { $0.email = "  " }.customer.email == nil)
    }

    @Test("a new customer is pending unless told; an active one is enrolled now unless an enrolment date is given")
    func billingStatus() async throws {
        let pending = try await f.create().customer
        #expect(pending.billingStatus == .pending && pending.enrolledAt == nil)
        let active = try await f.create { $0.billingStatus = " Active " }.customer
        #expect(active.billingStatus == .active && active.enrolledAt == TestClock.start)
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        let enrolled = try await f.create {
            $0.billingStatus = "paused"
            $0.enrolledAt = date
        }.customer
        #expect(enrolled.billingStatus == .paused && enrolled.enrolledAt == date)
        #expect(await invalidField { try await f.create { $0.billingStatus = "late" } } == "billing_status")
    }

    @Test("phone and pickup time are trimmed, notes and custom fields kept, times stamped")
    func plainFields() async throws {
        let fields = JSONValue.object(["gate": .string("4411"), "dogs": .number(2)])
        let customer = try await f.create {
            $0.phone = " 555-0200 "
            $0.notes = "  Gate code: 1234 "
            $0.customFieldsJSON = fields
        }.customer
        #expect(customer.phone == "555-0200")
        #expect(customer.notes == "  Gate code: 1234 ")
        #expect(customer.customFieldsJSON == fields)
        #expect(customer.createdAt == TestClock.start && customer.updatedAt == TestClock.start)
        #expect(customer.id.hasPrefix("cus_") && customer.id.count == 20)
        #expect(customer.deletedAt == nil && customer.stripeCustomerID == nil)
    }

    @Test("custom fields must be a JSON object; null means none")
    func customFields() async throws {
        #expect(await invalidField { try await f.create { $0.customFieldsJSON = .array([.number(1)]) } } == "custom_fields_json")
        #expect(await invalidField { try await f.create { $0.customFieldsJSON = .string("x") } } == "custom_fields_json")
        #expect(try await f.create { $0.customFieldsJSON = .null }.customer.customFieldsJSON == nil)
    }

    @Test("a trash day is checked even without an address")
    func trashDay() async throws {
        #expect(await invalidField { try await f.create { $0.trashDay = "someday" } } == "trash_day")
        #expect(f.repository.writeCount == 0)
    }

    @Test("plan and zone must exist in the tenant; the summary names them")
    func references() async throws {
        #expect(await invalidField { try await f.create { $0.servicePlanID = "sp_none" } } == "service_plan_id")
        #expect(await invalidField { try await f.create { $0.servicePlanID = "sp_gold" } } == "service_plan_id")
        #expect(await invalidField { try await f.create { $0.serviceZoneID = "sz_other" } } == "service_zone_id")
        #expect(f.repository.tables.customers.isEmpty)
        let summary = try await f.create {
            $0.servicePlanID = " sp_weekly "
            $0.serviceZoneID = "sz_south"
        }
        #expect(summary.customer.servicePlanID == "sp_weekly" && summary.customer.serviceZoneID == "sz_south")
        #expect(summary.servicePlanName == "Weekly Standard" && summary.serviceZoneName == "South Congress")
        #expect(summary.propertyCount == 0)
    }

    @Test("coordinates without an address are checked and kept, with no geocoding and no property")
    func coordinatesWithoutAddress() async throws {
        let customer = try await f.create {
            $0.lat = 30.5
            $0.lng = -97.5
        }.customer
        #expect(customer.lat == 30.5 && customer.lng == -97.5)
        #expect(customer.geocodeStatus == nil && customer.address == nil && customer.serviceZoneID == nil)
        #expect(f.properties(of: customer.id).isEmpty)
        #expect(f.locator.asked.isEmpty && f.zones.asked.allSatisfy { $0.zip == nil })
        #expect(customer.quality.method == ZoneMatchMethod.none && customer.quality.reasons == [.outsideZones])
        #expect(await invalidField { try await f.create { $0.lat = 91; $0.lng = 0 } } == "lat")
        #expect(await invalidField { try await f.create { $0.lat = 0; $0.lng = -180.5 } } == "lng")
    }

    @Test("half a coordinate without an address is refused")
    func halfCoordinateWithoutAddress() async throws {
        #expect(await invalidField { try await f.create { $0.lat = 30.5 } } == "lng")
    }
}
