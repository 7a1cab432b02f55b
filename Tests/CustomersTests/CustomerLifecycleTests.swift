import Customers
import Foundation
import Testing

/// Reading, listing, soft-deleting and restoring customers, and finding duplicates.
@Suite("Customer lifecycle")
struct CustomerLifecycleTests {
    let f = ServiceFixture()

    @Test("a soft-deleted customer leaves reads, lists and duplicate checks until restored")
    func softDelete() async throws {
        let id = try await f.create("Jane Smith") { $0.email = "jane@example.com"; $0.address = Place.east.address }.customer.id
        f.clock.advance(60)
        try await f.service.deleteCustomer(id: id, tenant: f.tenant)
        let deleted = try #require(f.stored(id))
        #expect(deleted.deletedAt == TestClock.start.addingTimeInterval(60) && deleted.updatedAt == deleted.deletedAt)
        #expect(await isNotFound { try await f.service.customer(id: id, tenant: f.tenant) })
        #expect(try await f.service.customers(tenant: f.tenant, query: CustomerQuery()).total == 0)
        #expect(try await f.service.duplicates(email: "jane@example.com", address: nil, tenant: f.tenant).isEmpty)
        #expect(await isNotFound { try await f.service.deleteCustomer(id: id, tenant: f.tenant) })
        #expect(await isNotFound { try await f.service.properties(customerID: id, tenant: f.tenant) })
        #expect(f.properties(of: id).map(\.isActive) == [true])

        f.clock.advance(60)
        let restored = try await f.service.restoreCustomer(id: id, tenant: f.tenant)
        #expect(restored.customer.deletedAt == nil && restored.customer.updatedAt == TestClock.start.addingTimeInterval(120))
        #expect(restored.propertyCount == 1 && restored.serviceZoneName == "East Austin")
        #expect(try await f.service.customers(tenant: f.tenant, query: CustomerQuery()).rows.map(\.customer.id) == [id])
    }

    @Test("another tenant's customers cannot be read, deleted or restored")
    func tenantScope() async throws {
        let id = try await f.create().customer.id
        #expect(await isNotFound { try await f.service.customer(id: id, tenant: Catalog.otherTenant) })
        #expect(await isNotFound { try await f.service.deleteCustomer(id: id, tenant: Catalog.otherTenant) })
        #expect(await isNotFound { try await f.service.restoreCustomer(id: id, tenant: Catalog.otherTenant) })
        #expect(await isNotFound { try await f.service.restoreCustomer(id: "cus_none", tenant: f.tenant) })
        #expect(try await f.service.customers(tenant: Catalog.otherTenant, query: CustomerQuery()).total == 0)
        #expect(f.stored(id)?.deletedAt == nil)
    }

    @Test("a list page holds 1 to 200 customers, from page 1")
    func listBounds() async throws {
        for name in ["Cy", "Al", "Bo"] { _ = try await f.create(name) }
        var query = CustomerQuery()
        for (limit, page, field) in [(0, 1, "limit"), (201, 1, "limit"), (50, 0, "page")] {
            query.limit = limit
            query.page = page
            #expect(await invalidField { try await f.service.customers(tenant: f.tenant, query: query).total } == field)
        }
        query.limit = 2
        query.page = 2
        let page = try await f.service.customers(tenant: f.tenant, query: query)
        #expect(page.rows.map(\.customer.name) == ["Cy"] && page.total == 3)
        query.limit = 200
        query.page = 1
        #expect(try await f.service.customers(tenant: f.tenant, query: query).rows.map(\.customer.name) == ["Al", "Bo", "Cy"])
    }

    @Test("duplicates match the e-mail in any case or the same address however spelled")
    func duplicates() async throws {
        let jane = try await f.create("Jane") { $0.email = "jane@example.com"; $0.address = "456 Oak Ave, Austin, TX 78702" }.customer
        f.clock.advance(1)
        let other = try await f.create("Other") { $0.address = "456 Oak Avenue, Austin, Texas 78702" }.customer
        _ = try await f.create("Unrelated") { $0.email = "x@example.com" }
        #expect(try await f.service.duplicates(email: " JANE@example.com ", address: nil, tenant: f.tenant).map(\.id) == [jane.id])
        #expect(try await f.service.duplicates(email: nil, address: "456 OAK AVE AUSTIN TX 78702", tenant: f.tenant).map(\.id) == [jane.id, other.id])
        #expect(try await f.service.duplicates(email: "jane@example.com", address: nil, tenant: Catalog.otherTenant).isEmpty)
        #expect(await invalidField { try await f.service.duplicates(email: " ", address: nil, tenant: f.tenant) } == "email")
        #expect(await invalidField { try await f.service.duplicates(email: nil, address: "hello", tenant: f.tenant) } == "email")
    }
}
