import Customers
import Foundation
import Testing

/// The in-memory repository behaves as the SQLite store does (see CurbsideStoreTests/Customers), so the rule tests
/// over it mean what they say.
@Suite("InMemoryCustomerRepository")
struct InMemoryCustomerRepositoryTests {
    struct Abandoned: Error {}

    let repository = InMemoryCustomerRepository(Catalog.tables)

    static func customer(_ id: String, _ name: String, tenant: String = Catalog.tenant, created: TimeInterval = 0) -> Customer {
        Customer(id: id, tenantID: tenant, name: name, createdAt: Date(timeIntervalSince1970: created), updatedAt: Date(timeIntervalSince1970: created))
    }

    @Test("a write keeps what it wrote only when it returns")
    func transactions() async throws {
        try await repository.write { try $0.insert(Self.customer("cus_a", "Before")) }
        let before = repository.tables
        await #expect(throws: Abandoned.self) {
            try await repository.write { store in
                var renamed = Self.customer("cus_a", "After")
                renamed.phone = "1"
                try store.update(renamed)
                try store.insert(Self.customer("cus_b", "New"))
                try store.saveTenantSettings(TenantSettings(trashDayMode: .uniform, defaultTrashDay: "Monday"), tenant: Catalog.tenant)
                // The write sees its own changes before it is abandoned.
                #expect(try store.customer(id: "cus_b", tenant: Catalog.tenant, includingDeleted: false)?.name == "New")
                throw Abandoned()
            }
        }
        #expect(repository.tables == before)
        #expect(try await repository.read { try $0.customer(id: "cus_a", tenant: Catalog.tenant, includingDeleted: false)?.name } == "Before")
    }

    @Test("an existing id cannot be inserted again, soft-deleted or not; a missing one cannot be updated")
    func keys() async throws {
        var deleted = Self.customer("cus_a", "A")
        deleted.deletedAt = Date(timeIntervalSince1970: 5)
        try await repository.write { [deleted] in try $0.insert(deleted) }
        await #expect(throws: InMemoryStoreError.duplicateKey(table: "customers", id: "cus_a")) {
            try await repository.write { try $0.insert(Self.customer("cus_a", "Again")) }
        }
        await #expect(throws: InMemoryStoreError.recordNotFound(table: "customers", id: "cus_z")) {
            try await repository.write { try $0.update(Self.customer("cus_z", "Z")) }
        }
        // The same id in another tenant is another customer.
        try await repository.write { try $0.insert(Self.customer("cus_a", "Other", tenant: Catalog.otherTenant)) }
        #expect(repository.tables.customers.count == 2)
    }

    @Test("writes run one at a time and none is lost")
    func serializedWrites() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<40 {
                group.addTask {
                    try await repository.write { store in
                        let count = try store.customers(tenant: Catalog.tenant, query: CustomerQuery()).total
                        try store.insert(Self.customer("cus_\(index)", "Customer \(count)"))
                    }
                }
            }
            try await group.waitForAll()
        }
        let names = Set(repository.tables.customers.map(\.name))
        #expect(names == Set((0..<40).map { "Customer \($0)" }))
    }

    @Test("lists hold live customers by name case-insensitively, then id; search is literal and case-insensitive")
    func lists() async throws {
        var carol = Self.customer("cus_c", "carol 100% Organic")
        carol.email = "carol_c@mail.test"
        var bob = Self.customer("cus_b", "Bob")
        bob.address = "2 Elm Ave"
        var gone = Self.customer("cus_g", "Aaron")
        gone.deletedAt = Date(timeIntervalSince1970: 1)
        try await repository.write { [carol, bob, gone] store in
            for customer in [carol, bob, gone, Self.customer("cus_a2", "alice"), Self.customer("cus_a1", "Alice"),
                             Self.customer("cus_x", "Xavier", tenant: Catalog.otherTenant)] {
                try store.insert(customer)
            }
        }
        func ids(_ configure: (inout CustomerQuery) -> Void = { _ in }) async throws -> ([String], Int) {
            var query = CustomerQuery()
            configure(&query)
            let result = try await repository.read { [query] in try $0.customers(tenant: Catalog.tenant, query: query) }
            return (result.rows.map(\.customer.id), result.total)
        }
        #expect(try await ids() == (["cus_a1", "cus_a2", "cus_b", "cus_c"], 4))
        #expect(try await ids { $0.sort = .nameDescending }.0 == ["cus_c", "cus_b", "cus_a2", "cus_a1"])
        #expect(try await ids { $0.search = "ELM" } == (["cus_b"], 1))
        #expect(try await ids { $0.search = "%" } == (["cus_c"], 1))
        #expect(try await ids { $0.search = "_c@" } == (["cus_c"], 1))
        #expect(try await ids { $0.search = "aaron" } == ([], 0))
        #expect(try await ids { $0.limit = 3; $0.page = 2 } == (["cus_c"], 4))
        #expect(try await ids { $0.limit = 2; $0.page = 0 } == (["cus_a1", "cus_a2"], 4))
    }

    @Test("enrolment sorts put never-enrolled customers last and break ties by creation")
    func enrolmentSorts() async throws {
        var early = Self.customer("cus_early", "E", created: 1)
        early.enrolledAt = Date(timeIntervalSince1970: 100)
        var late = Self.customer("cus_late", "L", created: 2)
        late.enrolledAt = Date(timeIntervalSince1970: 300)
        var tie = Self.customer("cus_tie", "T", created: 3)
        tie.enrolledAt = Date(timeIntervalSince1970: 300)
        let never = Self.customer("cus_never", "N", created: 4)
        try await repository.write { [early, late, tie] store in for customer in [never, tie, early, late] { try store.insert(customer) } }
        func ids(_ sort: CustomerQuery.Sort) async throws -> [String] {
            var query = CustomerQuery()
            query.sort = sort
            return try await repository.read { [query] in try $0.customers(tenant: Catalog.tenant, query: query) }.rows.map(\.customer.id)
        }
        #expect(try await ids(.enrolledNewest) == ["cus_tie", "cus_late", "cus_early", "cus_never"])
        #expect(try await ids(.enrolledOldest) == ["cus_early", "cus_late", "cus_tie", "cus_never"])
    }
}
