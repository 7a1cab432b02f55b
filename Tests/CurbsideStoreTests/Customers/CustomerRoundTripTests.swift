import CurbsideStore
import Customers
import Foundation
import GRDB
import Testing

@Suite("GRDBCustomerRepository round trips")
struct CustomerRoundTripTests {
    let database: CurbsideDatabase
    let repository: GRDBCustomerRepository

    init() throws {
        database = try CurbsideDatabase.inMemory()
        repository = CustomerFixtures.repository(database)
    }

    @Test("a customer with every field set reads back equal, before and after an update")
    func customerRoundTrip() async throws {
        try await CustomerFixtures.seedCatalog(database)
        let customer = CustomerFixtures.fullCustomer()
        try await repository.write { try $0.insert(customer) }
        #expect(try await repository.read { try $0.customer(id: "cus_full", tenant: "acme", includingDeleted: false) }
            == customer)

        var changed = customer
        changed.name = "Augusta King"
        changed.firstName = nil
        changed.lastName = "King"
        changed.email = "augusta@example.org"
        changed.phone = nil
        changed.address = "1 Main St"
        changed.addressKey = "1 main st"
        changed.lat = -1.5
        changed.lng = 2.25
        changed.servicePlanID = "sp_biweekly"
        changed.serviceZoneID = nil
        changed.billingStatus = .canceled
        changed.notes = nil
        changed.customFieldsJSON = .array([.string("only"), .number(-3)])
        changed.enrolledAt = nil
        changed.stripeCustomerID = nil
        changed.geocodeStatus = .pending
        changed.updatedAt = CustomerFixtures.at(99)
        try await repository.write { [changed] in try $0.update(changed) }
        #expect(try await repository.read { try $0.customer(id: "cus_full", tenant: "acme", includingDeleted: false) }
            == changed)
    }

    @Test("custom fields are stored as JSON text and a customer without them stores NULL")
    func customFieldsColumn() async throws {
        try await repository.write { writer throws in
            try writer.insert(CustomerFixtures.fullCustomer())
            try writer.insert(CustomerFixtures.customer("cus_plain"))
        }
        let stored = try await database.writer.read { db in
            try String?.fetchAll(db, sql: "SELECT custom_fields_json FROM customers ORDER BY id")
        }
        #expect(stored == [
            #"{"dogs":2,"flags":[true,null],"gate_code":"1234","nested":{"floor":"3"},"ratio":0.25}"#, nil,
        ])
        #expect(try await repository.read { try $0.customer(id: "cus_plain", tenant: "acme", includingDeleted: false) }
            == CustomerFixtures.customer("cus_plain"))
    }

    @Test("a property with every field set reads back equal, before and after an update")
    func propertyRoundTrip() async throws {
        let property = CustomerFixtures.fullProperty()
        try await repository.write { writer throws in
            try writer.insert(CustomerFixtures.fullCustomer())
            try writer.insert(property)
        }
        #expect(try await repository.read { try $0.property(id: "prp_full", tenant: "acme") } == property)

        var changed = property
        changed.address = "9 Other Rd"
        changed.addressKey = nil
        changed.lat = nil
        changed.lng = nil
        changed.servicePlanID = nil
        changed.serviceZoneID = "sz_north"
        changed.binCount = 1
        changed.binSize = nil
        changed.binLocation = "Curb"
        changed.trashDay = nil
        changed.trashPickupTime = nil
        changed.notes = nil
        changed.isActive = true
        changed.geocodeStatus = .located
        changed.updatedAt = CustomerFixtures.at(77)
        try await repository.write { [changed] in try $0.update(changed) }
        #expect(try await repository.read { try $0.property(id: "prp_full", tenant: "acme") } == changed)
    }

    @Test("summaries carry the plan and zone names of the same tenant")
    func summaries() async throws {
        try await CustomerFixtures.seedCatalog(database)
        try await CustomerFixtures.seedCatalog(database, tenant: "beta", planPrefix: "Beta ", zonePrefix: "Beta ")
        let customer = CustomerFixtures.fullCustomer()
        let property = CustomerFixtures.fullProperty()
        try await repository.write { writer throws in
            try writer.insert(customer)
            try writer.insert(property)
        }

        let summary = try await repository.read { try $0.customerSummary(id: "cus_full", tenant: "acme") }
        #expect(summary == CustomerSummary(
            customer: customer, servicePlanName: "Weekly Standard", serviceZoneName: "North", propertyCount: 0
        ))
        let propertySummary = try await repository.read { try $0.propertySummary(id: "prp_full", tenant: "acme") }
        #expect(propertySummary == PropertySummary(
            property: property, servicePlanName: "Biweekly Recycling", serviceZoneName: "South"
        ))
    }

    @Test("a summary whose plan and zone are missing has nil names")
    func summaryWithDanglingReferences() async throws {
        var customer = CustomerFixtures.customer("cus_a")
        customer.servicePlanID = "sp_gone"
        customer.serviceZoneID = "sz_gone"
        try await repository.write { [customer] in try $0.insert(customer) }
        let summary = try await repository.read { try $0.customerSummary(id: "cus_a", tenant: "acme") }
        #expect(summary?.servicePlanName == nil)
        #expect(summary?.serviceZoneName == nil)
        #expect(summary?.customer == customer)
    }

    @Test("properties lists every property of the customer, active or not, by creation time then id")
    func propertiesOfCustomer() async throws {
        try await CustomerFixtures.seedCatalog(database)
        var first = CustomerFixtures.property("prp_b", customer: "cus_a", created: 1)
        first.servicePlanID = "sp_weekly"
        first.serviceZoneID = "sz_south"
        let properties = [
            CustomerFixtures.property("prp_z", customer: "cus_a", isActive: false, created: 5),
            first,
            CustomerFixtures.property("prp_c", customer: "cus_a", created: 3),
            CustomerFixtures.property("prp_a", customer: "cus_a", created: 3),
            CustomerFixtures.property("prp_other", customer: "cus_b", created: 0),
        ]
        try await repository.write { writer throws in
            try writer.insert(CustomerFixtures.customer("cus_a"))
            try writer.insert(CustomerFixtures.customer("cus_b"))
            for property in properties { try writer.insert(property) }
        }

        let listed = try await repository.read { try $0.properties(customerID: "cus_a", tenant: "acme") }
        #expect(listed.map(\.property.id) == ["prp_b", "prp_a", "prp_c", "prp_z"])
        #expect(listed[0] == PropertySummary(
            property: first, servicePlanName: "Weekly Standard", serviceZoneName: "South"
        ))
        #expect(listed[3].property.isActive == false)
        #expect(try await repository.read { try $0.properties(customerID: "cus_none", tenant: "acme") }.isEmpty)
    }

    @Test("tenant settings default until saved, then upsert")
    func tenantSettings() async throws {
        #expect(try await repository.read { try $0.tenantSettings(tenant: "acme") } == TenantSettings())

        let uniform = TenantSettings(trashDayMode: .uniform, defaultTrashDay: "tuesday")
        try await repository.write { try $0.saveTenantSettings(uniform, tenant: "acme") }
        #expect(try await repository.read { try $0.tenantSettings(tenant: "acme") } == uniform)

        let perProperty = TenantSettings(trashDayMode: .perProperty, defaultTrashDay: nil)
        try await repository.write { try $0.saveTenantSettings(perProperty, tenant: "acme") }
        #expect(try await repository.read { try $0.tenantSettings(tenant: "acme") } == perProperty)
        let rows = try await database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tenant_settings")
        }
        #expect(rows == 1)
    }

    @Test("updating a customer or property that does not exist throws")
    func updateMissing() async throws {
        await #expect(throws: RecordError.self) {
            try await repository.write { try $0.update(CustomerFixtures.customer("cus_missing")) }
        }
        await #expect(throws: RecordError.self) {
            try await repository.write { try $0.update(CustomerFixtures.property("prp_missing", customer: "cus_a")) }
        }
    }
}
