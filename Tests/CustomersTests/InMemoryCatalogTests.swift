import Customers
import Foundation
import Testing

/// Duplicates, catalog look-ups and template stops of the in-memory repository, as the SQLite store has them.
@Suite("InMemoryCustomerRepository look-ups")
struct InMemoryCatalogTests {
    let repository = InMemoryCustomerRepository(Catalog.tables)

    @Test("duplicates are live customers of the tenant with the e-mail (any case) or the address key, oldest first")
    func duplicates() async throws {
        func customer(_ id: String, email: String?, key: String?, created: TimeInterval, tenant: String = Catalog.tenant) -> Customer {
            var customer = InMemoryCustomerRepositoryTests.customer(id, id, tenant: tenant, created: created)
            customer.email = email
            customer.addressKey = key
            return customer
        }
        var deleted = customer("cus_deleted", email: "pat@example.com", key: "1 MAIN ST", created: 0)
        deleted.deletedAt = Date(timeIntervalSince1970: 9)
        let rows = [
            customer("cus_email", email: "Pat@Example.com", key: nil, created: 3), customer("cus_key", email: nil, key: "1 MAIN ST", created: 2),
            customer("cus_both", email: "pat@example.com", key: "1 MAIN ST", created: 1), deleted,
            customer("cus_beta", email: "pat@example.com", key: "1 MAIN ST", created: 0, tenant: Catalog.otherTenant),
        ]
        try await repository.write { store in for row in rows { try store.insert(row) } }
        func ids(_ email: String?, _ key: String?) async throws -> [String] {
            try await repository.read { try $0.duplicates(tenant: Catalog.tenant, email: email, addressKey: key) }.map(\.id)
        }
        #expect(try await ids("PAT@example.COM", nil) == ["cus_both", "cus_email"])
        #expect(try await ids(nil, "1 MAIN ST") == ["cus_both", "cus_key"])
        #expect(try await ids(nil, "1 main st") == [])
        #expect(try await ids("pat@example.com", "1 MAIN ST") == ["cus_both", "cus_key", "cus_email"])
        #expect(try await ids(nil, nil) == [])
    }

    @Test("plans and zones are found by name in any case, within the tenant; a template by zone and plan, first by name")
    func catalog() async throws {
        repository.change { tables in
            tables.templates += [
                TemplateRow(tenantID: Catalog.tenant, id: "rt_b", name: "Bravo", dayOfWeek: "friday", zoneID: "sz_valle", planID: "sp_weekly"),
                TemplateRow(tenantID: Catalog.tenant, id: "rt_a", name: "Alpha", dayOfWeek: "friday", zoneID: "sz_valle", planID: "sp_weekly"),
                TemplateRow(tenantID: Catalog.tenant, id: "rt_0", name: "Aardvark", dayOfWeek: "friday", zoneID: "sz_valle", planID: "sp_weekly", isActive: false),
            ]
        }
        try await repository.read { store throws in
            #expect(try store.servicePlanID(named: "weekly STANDARD", tenant: Catalog.tenant) == "sp_weekly")
            #expect(try store.servicePlanID(named: "Gold", tenant: Catalog.tenant) == nil)
            #expect(try store.serviceZoneID(named: "del valle", tenant: Catalog.tenant) == "sz_valle")
            #expect(try store.servicePlanExists(id: "sp_gold", tenant: Catalog.otherTenant))
            #expect(try !store.servicePlanExists(id: "sp_gold", tenant: Catalog.tenant))
            #expect(try !store.serviceZoneExists(id: "sz_other", tenant: Catalog.tenant))
            #expect(try store.routeTemplateID(zoneID: "sz_valle", planID: "sp_weekly", tenant: Catalog.tenant) == "rt_a")
            #expect(try store.routeTemplateID(zoneID: "sz_valle", planID: "sp_biweekly", tenant: Catalog.tenant) == nil)
        }
    }

    @Test("activating, deactivating and reactivating keeps one stop per template and property")
    func templateStops() async throws {
        try await repository.write { store in
            try store.activateTemplateStop(templateID: "rt_tue", propertyID: "prop_1", tenant: Catalog.tenant)
            try store.activateTemplateStop(templateID: "rt_tue", propertyID: "prop_1", tenant: Catalog.tenant)
            try store.activateTemplateStop(templateID: "rt_wed", propertyID: "prop_1", tenant: Catalog.tenant)
        }
        let added = repository.tables.templateStops
        #expect(added.map(\.templateID) == ["rt_tue", "rt_wed"])
        try await repository.write { try $0.deactivateTemplateStops(propertyID: "prop_1", tenant: Catalog.tenant) }
        #expect(repository.tables.templateStops.map(\.isActive) == [false, false])
        try await repository.write { try $0.activateTemplateStop(templateID: "rt_tue", propertyID: "prop_1", tenant: Catalog.tenant) }
        #expect(repository.tables.templateStops.map(\.id) == added.map(\.id))
        #expect(repository.tables.templateStops.map(\.isActive) == [true, false])
    }
}
