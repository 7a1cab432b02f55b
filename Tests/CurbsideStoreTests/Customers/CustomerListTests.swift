import CurbsideStore
import Customers
import Foundation
import Testing

@Suite("GRDBCustomerRepository customer lists")
struct CustomerListTests {
    let database: CurbsideDatabase
    let repository: GRDBCustomerRepository

    init() throws {
        database = try CurbsideDatabase.inMemory()
        repository = CustomerFixtures.repository(database)
    }

    /// Four live customers of `acme` (names deliberately mixed in case), one soft-deleted, one of `beta`.
    private func seed() async throws {
        try await CustomerFixtures.seedCatalog(database)
        try await CustomerFixtures.seedCatalog(database, tenant: "beta", planPrefix: "Beta ", zonePrefix: "Beta ")
        var alice = CustomerFixtures.customer("cus_alice", name: "alice Smith", status: .active, created: 1)
        alice.email = "alice@example.com"
        alice.address = "1 Oak St"
        alice.serviceZoneID = "sz_north"
        alice.servicePlanID = "sp_weekly"
        alice.enrolledAt = CustomerFixtures.at(300)
        var bob = CustomerFixtures.customer("cus_bob", name: "Bob Jones", status: .pending, created: 2)
        bob.email = "bob@mail.test"
        bob.address = "2 Elm Ave"
        bob.serviceZoneID = "sz_south"
        bob.servicePlanID = "sp_weekly"
        var carol = CustomerFixtures.customer("cus_carol", name: "carol 100% Organic", status: .paused, created: 3)
        carol.email = "carol_c@mail.test"
        carol.address = "3 Pine Rd"
        carol.serviceZoneID = "sz_north"
        carol.servicePlanID = "sp_biweekly"
        carol.enrolledAt = CustomerFixtures.at(100)
        var dave = CustomerFixtures.customer("cus_dave", name: "Dave", status: .active, created: 4)
        dave.enrolledAt = CustomerFixtures.at(300)
        var erin = CustomerFixtures.customer("cus_erin", name: "Erin", status: .active, created: 5)
        erin.serviceZoneID = "sz_north"
        erin.deletedAt = CustomerFixtures.at(500)
        var other = CustomerFixtures.customer("cus_alice", tenant: "beta", name: "Alice Beta", created: 0)
        other.serviceZoneID = "sz_north"
        try await repository.write { [alice, bob, carol, dave, erin, other] writer throws in
            for customer in [alice, bob, carol, dave, erin, other] { try writer.insert(customer) }
            try writer.insert(CustomerFixtures.property("prp_1", customer: "cus_alice"))
            try writer.insert(CustomerFixtures.property("prp_2", customer: "cus_alice"))
            try writer.insert(CustomerFixtures.property("prp_3", customer: "cus_alice", isActive: false))
            try writer.insert(CustomerFixtures.property("prp_4", customer: "cus_bob", isActive: false))
            try writer.insert(CustomerFixtures.property("prp_1", customer: "cus_alice", tenant: "beta"))
        }
    }

    private func list(
        _ configure: (inout CustomerQuery) -> Void = { _ in }
    ) async throws -> (ids: [String], total: Int) {
        var query = CustomerQuery()
        configure(&query)
        let result = try await repository.read { [query] in try $0.customers(tenant: "acme", query: query) }
        return (result.rows.map(\.customer.id), result.total)
    }

    @Test("the default list holds live customers by name, case-insensitively, with names and active property counts")
    func defaultList() async throws {
        try await seed()
        let result = try await repository.read { try $0.customers(tenant: "acme", query: CustomerQuery()) }
        #expect(result.rows.map(\.customer.id) == ["cus_alice", "cus_bob", "cus_carol", "cus_dave"])
        #expect(result.total == 4)
        #expect(result.rows.map(\.propertyCount) == [2, 0, 0, 0])
        #expect(result.rows.map(\.servicePlanName) == ["Weekly Standard", "Weekly Standard", "Biweekly Recycling", nil])
        #expect(result.rows.map(\.serviceZoneName) == ["North", "South", "North", nil])
    }

    @Test("zone, plan and status filters narrow the list and its total")
    func filters() async throws {
        try await seed()
        #expect(try await list { $0.zoneID = "sz_north" } == (["cus_alice", "cus_carol"], 2))
        #expect(try await list { $0.planID = "sp_weekly" } == (["cus_alice", "cus_bob"], 2))
        #expect(try await list { $0.status = .active } == (["cus_alice", "cus_dave"], 2))
        #expect(try await list { $0.status = .canceled } == ([], 0))
        #expect(try await list {
            $0.zoneID = "sz_north"
            $0.status = .paused
        } == (["cus_carol"], 1))
    }

    @Test("search matches name, email or address case-insensitively, with % and _ taken literally")
    func search() async throws {
        try await seed()
        #expect(try await list { $0.search = "ALICE" } == (["cus_alice"], 1))
        #expect(try await list { $0.search = "EXAMPLE.com" } == (["cus_alice"], 1))
        #expect(try await list { $0.search = "elm" } == (["cus_bob"], 1))
        #expect(try await list { $0.search = "mail.test" } == (["cus_bob", "cus_carol"], 2))
        #expect(try await list { $0.search = "%" } == (["cus_carol"], 1))
        #expect(try await list { $0.search = "100%" } == (["cus_carol"], 1))
        #expect(try await list { $0.search = "_" } == (["cus_carol"], 1))
        #expect(try await list { $0.search = #"\"# } == ([], 0))
        #expect(try await list { $0.search = "erin" } == ([], 0))
        #expect(try await list { $0.search = "  " }.total == 4)
        #expect(try await list {
            $0.search = "o"
            $0.zoneID = "sz_south"
        } == (["cus_bob"], 1))
    }

    @Test("each sort orders the list, never-enrolled customers last, ties by creation then id")
    func sorts() async throws {
        try await seed()
        #expect(try await list { $0.sort = .nameAscending }.ids == ["cus_alice", "cus_bob", "cus_carol", "cus_dave"])
        #expect(try await list { $0.sort = .nameDescending }.ids == ["cus_dave", "cus_carol", "cus_bob", "cus_alice"])
        #expect(try await list { $0.sort = .enrolledNewest }.ids == ["cus_dave", "cus_alice", "cus_carol", "cus_bob"])
        #expect(try await list { $0.sort = .enrolledOldest }.ids == ["cus_carol", "cus_alice", "cus_dave", "cus_bob"])
    }

    @Test("customers with the same name sort by id")
    func nameTies() async throws {
        try await repository.write { writer throws in
            for id in ["cus_b", "cus_c", "cus_a"] { try writer.insert(CustomerFixtures.customer(id, name: "Same")) }
            try writer.insert(CustomerFixtures.customer("cus_0", name: "same"))
        }
        #expect(try await list().ids == ["cus_0", "cus_a", "cus_b", "cus_c"])
        #expect(try await list { $0.sort = .nameDescending }.ids == ["cus_c", "cus_b", "cus_a", "cus_0"])
    }

    @Test("pages are limit customers each, 1-based, and the total counts every match")
    func pagination() async throws {
        try await seed()
        #expect(try await list { $0.limit = 3 } == (["cus_alice", "cus_bob", "cus_carol"], 4))
        #expect(try await list {
            $0.limit = 3
            $0.page = 2
        } == (["cus_dave"], 4))
        #expect(try await list {
            $0.limit = 3
            $0.page = 3
        } == ([], 4))
        #expect(try await list {
            $0.limit = 1
            $0.page = 2
            $0.zoneID = "sz_north"
        } == (["cus_carol"], 2))
        #expect(try await list {
            $0.limit = 2
            $0.page = 0
        } == (["cus_alice", "cus_bob"], 4))
    }

    @Test("soft-deleted customers are left out of lists and summaries but found with includingDeleted")
    func softDeleted() async throws {
        try await seed()
        let (live, deleted, summary) = try await repository.read { reader throws in
            (
                try reader.customer(id: "cus_erin", tenant: "acme", includingDeleted: false),
                try reader.customer(id: "cus_erin", tenant: "acme", includingDeleted: true),
                try reader.customerSummary(id: "cus_erin", tenant: "acme")
            )
        }
        #expect(live == nil)
        #expect(deleted?.deletedAt == CustomerFixtures.at(500))
        #expect(summary == nil)
        #expect(try await list { $0.zoneID = "sz_north" }.ids.contains("cus_erin") == false)
    }

    @Test("the property count follows properties being deactivated and reactivated")
    func propertyCountFollowsActivity() async throws {
        try await seed()
        try await repository.write { writer throws in
            var property = try #require(try writer.property(id: "prp_1", tenant: "acme"))
            property.isActive = false
            try writer.update(property)
        }
        let alice = try await repository.read { try $0.customerSummary(id: "cus_alice", tenant: "acme") }
        #expect(alice?.propertyCount == 1)
        try await repository.write { writer throws in
            var property = try #require(try writer.property(id: "prp_4", tenant: "acme"))
            property.isActive = true
            try writer.update(property)
        }
        let bob = try await repository.read { try $0.customerSummary(id: "cus_bob", tenant: "acme") }
        #expect(bob?.propertyCount == 1)
    }
}
