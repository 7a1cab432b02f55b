import CurbsideStore
import Customers
import Foundation
import GRDB
import Testing

@Suite("GRDBCustomerRepository keeps tenants apart")
struct CustomerTenantTests {
    let database: CurbsideDatabase
    let repository: GRDBCustomerRepository

    init() throws {
        database = try CurbsideDatabase.inMemory()
        repository = CustomerFixtures.repository(database)
    }

    @Test("another tenant reads nothing of a tenant's customers, properties, settings and catalog")
    func everyRead() async throws {
        try await CustomerFixtures.seedCatalog(database)
        try await CustomerFixtures.seedTemplate(database, "rt_a", name: "North weekly")
        let customer = CustomerFixtures.fullCustomer()
        var deleted = CustomerFixtures.customer("cus_deleted")
        deleted.deletedAt = CustomerFixtures.at(1)
        try await repository.write { [deleted] writer throws in
            try writer.insert(customer)
            try writer.insert(deleted)
            try writer.insert(CustomerFixtures.fullProperty())
            let settings = TenantSettings(trashDayMode: .uniform, defaultTrashDay: "friday")
            try writer.saveTenantSettings(settings, tenant: "acme")
        }

        try await repository.read { reader throws in
            #expect(try reader.customer(id: "cus_full", tenant: "beta", includingDeleted: true) == nil)
            #expect(try reader.customer(id: "cus_deleted", tenant: "beta", includingDeleted: true) == nil)
            #expect(try reader.customerSummary(id: "cus_full", tenant: "beta") == nil)
            let list = try reader.customers(tenant: "beta", query: CustomerQuery())
            #expect(list.rows.isEmpty && list.total == 0)
            let duplicates = try reader.duplicates(
                tenant: "beta", email: "ada@example.com", addressKey: customer.addressKey
            )
            #expect(duplicates.isEmpty)
            #expect(try reader.property(id: "prp_full", tenant: "beta") == nil)
            #expect(try reader.propertySummary(id: "prp_full", tenant: "beta") == nil)
            #expect(try reader.properties(customerID: "cus_full", tenant: "beta").isEmpty)
            #expect(try reader.tenantSettings(tenant: "beta") == TenantSettings())
            #expect(try reader.servicePlanExists(id: "sp_weekly", tenant: "beta") == false)
            #expect(try reader.servicePlanID(named: "Weekly Standard", tenant: "beta") == nil)
            #expect(try reader.serviceZoneExists(id: "sz_north", tenant: "beta") == false)
            #expect(try reader.serviceZoneID(named: "North", tenant: "beta") == nil)
            #expect(try reader.routeTemplateID(zoneID: "sz_north", planID: "sp_weekly", tenant: "beta") == nil)
        }

        // The owner still sees all of it.
        try await repository.read { reader throws in
            #expect(try reader.customer(id: "cus_full", tenant: "acme", includingDeleted: false) == customer)
            #expect(try reader.customerSummary(id: "cus_full", tenant: "acme") != nil)
            #expect(try reader.customers(tenant: "acme", query: CustomerQuery()).total == 1)
            #expect(try reader.duplicates(tenant: "acme", email: "ada@example.com", addressKey: nil).count == 1)
            #expect(try reader.property(id: "prp_full", tenant: "acme") != nil)
            #expect(try reader.propertySummary(id: "prp_full", tenant: "acme") != nil)
            #expect(try reader.properties(customerID: "cus_full", tenant: "acme").count == 1)
            #expect(try reader.tenantSettings(tenant: "acme").trashDayMode == .uniform)
            #expect(try reader.servicePlanExists(id: "sp_weekly", tenant: "acme"))
            #expect(try reader.servicePlanID(named: "weekly STANDARD", tenant: "acme") == "sp_weekly")
            #expect(try reader.serviceZoneExists(id: "sz_north", tenant: "acme"))
            #expect(try reader.serviceZoneID(named: "nORTH", tenant: "acme") == "sz_north")
            #expect(try reader.routeTemplateID(zoneID: "sz_north", planID: "sp_weekly", tenant: "acme") == "rt_a")
        }
    }

    @Test("plan and zone lookups by name are exact, apart from case")
    func exactNames() async throws {
        try await CustomerFixtures.seedCatalog(database)
        try await repository.read { reader throws in
            #expect(try reader.servicePlanID(named: "Weekly", tenant: "acme") == nil)
            #expect(try reader.servicePlanID(named: "Weekly Standard ", tenant: "acme") == nil)
            #expect(try reader.serviceZoneID(named: "Nort", tenant: "acme") == nil)
            #expect(try reader.servicePlanExists(id: "sp_missing", tenant: "acme") == false)
            #expect(try reader.serviceZoneExists(id: "sz_missing", tenant: "acme") == false)
        }
    }

    @Test("the same ids may exist in two tenants, independently")
    func sameIDs() async throws {
        try await repository.write { writer throws in
            try writer.insert(CustomerFixtures.customer("cus_same", tenant: "acme", name: "A"))
            try writer.insert(CustomerFixtures.customer("cus_same", tenant: "beta", name: "B"))
            try writer.insert(CustomerFixtures.property("prp_same", customer: "cus_same", tenant: "acme"))
            try writer.insert(
                CustomerFixtures.property("prp_same", customer: "cus_same", tenant: "beta", isActive: false)
            )
        }
        var renamed = CustomerFixtures.customer("cus_same", tenant: "beta", name: "B2")
        renamed.email = "b@example.com"
        try await repository.write { [renamed] in try $0.update(renamed) }

        try await repository.read { [renamed] reader throws in
            #expect(try reader.customer(id: "cus_same", tenant: "acme", includingDeleted: false)?.name == "A")
            #expect(try reader.customer(id: "cus_same", tenant: "beta", includingDeleted: false) == renamed)
            #expect(try reader.customerSummary(id: "cus_same", tenant: "acme")?.propertyCount == 1)
            #expect(try reader.customerSummary(id: "cus_same", tenant: "beta")?.propertyCount == 0)
            #expect(try reader.property(id: "prp_same", tenant: "beta")?.isActive == false)
        }
    }
}
