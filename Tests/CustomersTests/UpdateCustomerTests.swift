import Customers
import Foundation
import Testing

/// Partial updates of a customer: fields set, cleared with null, or left alone; names recomposed.
@Suite("Updating a customer")
struct UpdateCustomerTests {
    let f = ServiceFixture()

    /// Ann Lee, with every field the update tests change.
    func ann() async throws -> Customer {
        try await f.create(nil) {
            $0.firstName = "Ann"
            $0.lastName = "Lee"
            $0.email = "ann@example.com"
            $0.phone = "555-0100"
            $0.address = Place.east.address
            $0.servicePlanID = "sp_weekly"
            $0.notes = "Gate code 1234"
            $0.customFieldsJSON = .object(["gate": .string("1234")])
        }.customer
    }

    func update(_ id: String, _ configure: (inout CustomerChanges) -> Void) async throws -> CustomerSummary {
        try await f.service.updateCustomer(id: id, changes: CustomerChanges(configure), tenant: f.tenant)
    }

    @Test("the fields given change, the others stay, and the update time moves")
    func fieldsChange() async throws {
        let before = try await ann()
        f.clock.advance(60)
        let after = try await update(before.id) {
            $0.phone = .set(" 555-0300 ")
            $0.billingStatus = .set("Active")
            $0.notes = .set("Updated gate code: 5678")
        }.customer
        var expected = before
        expected.phone = "555-0300"
        expected.billingStatus = .active
        expected.notes = "Updated gate code: 5678"
        expected.updatedAt = TestClock.start.addingTimeInterval(60)
        #expect(after == expected)
        #expect(f.stored(before.id) == expected)
        #expect(f.locator.asked.count == 1)
    }

    @Test("null clears optional fields")
    func nullClears() async throws {
        let before = try await ann()
        let after = try await update(before.id) {
            $0.email = .cleared
            $0.phone = .cleared
            $0.notes = .cleared
            $0.customFieldsJSON = .cleared
            $0.servicePlanID = .cleared
            $0.serviceZoneID = .cleared
        }
        #expect(after.customer.email == nil && after.customer.phone == nil && after.customer.notes == nil)
        #expect(after.customer.customFieldsJSON == nil && after.customer.servicePlanID == nil && after.customer.serviceZoneID == nil)
        #expect(after.servicePlanName == nil && after.serviceZoneName == nil)
        #expect(after.customer.address == before.address && after.customer.lat == before.lat)
    }

    @Test("a new first or last name recomposes the name")
    func nameRecomposed() async throws {
        let id = try await ann().id
        #expect(try await update(id) { $0.lastName = .set("Park") }.customer.name == "Ann Park")
        let cleared = try await update(id) { $0.firstName = .cleared }.customer
        #expect(cleared.name == "Park" && cleared.firstName == nil)
        #expect(try await update(id) { $0.name = .set(" Acme LLC ") }.customer.name == "Acme LLC")
        let both = try await update(id) {
            $0.firstName = .cleared
            $0.lastName = .cleared
        }.customer
        #expect(both.name == "Acme LLC" && both.lastName == nil)
    }

    static let refusals: [(CustomerChanges, String)] = [
        (CustomerChanges { $0.name = .set("  ") }, "name"),
        (CustomerChanges { $0.name = .cleared }, "name"),
        (CustomerChanges { $0.email = .set("ann@") }, "email"),
        (CustomerChanges { $0.billingStatus = .cleared }, "billing_status"),
        (CustomerChanges { $0.billingStatus = .set("late") }, "billing_status"),
        (CustomerChanges { $0.customFieldsJSON = .set(.bool(true)) }, "custom_fields_json"),
        (CustomerChanges { $0.servicePlanID = .set("sp_gold") }, "service_plan_id"),
        (CustomerChanges { $0.serviceZoneID = .set("sz_none") }, "service_zone_id"),
        (CustomerChanges { $0.lat = .set(95); $0.lng = .set(0) }, "lat"),
        (CustomerChanges { $0.address = .set("hello") }, "address"),
    ]

    @Test("refused changes leave the customer as it was", arguments: refusals)
    func refused(changes: CustomerChanges, field: String) async throws {
        let id = try await ann().id
        let before = f.repository.tables
        #expect(await invalidField { try await f.service.updateCustomer(id: id, changes: changes, tenant: f.tenant) } == field)
        #expect(f.repository.tables == before)
    }

    @Test("an unknown, soft-deleted or other tenant's customer is not found")
    func notFound() async throws {
        let id = try await ann().id
        let changes = CustomerChanges { $0.phone = .set("1") }
        #expect(await isNotFound { try await f.service.updateCustomer(id: "cus_none", changes: changes, tenant: f.tenant) })
        #expect(await isNotFound { try await f.service.updateCustomer(id: id, changes: changes, tenant: Catalog.otherTenant) })
        try await f.service.deleteCustomer(id: id, tenant: f.tenant)
        #expect(await isNotFound { try await f.service.updateCustomer(id: id, changes: changes, tenant: f.tenant) })
        #expect(f.stored(id)?.phone == "555-0100")
    }

    @Test("the plan and zone are trimmed and must exist")
    func references() async throws {
        let id = try await ann().id
        let summary = try await update(id) {
            $0.servicePlanID = .set(" sp_biweekly ")
            $0.serviceZoneID = .set("sz_valle")
        }
        #expect(summary.customer.servicePlanID == "sp_biweekly" && summary.servicePlanName == "Biweekly Recycling")
        #expect(summary.customer.serviceZoneID == "sz_valle" && summary.serviceZoneName == "Del Valle")
    }
}
