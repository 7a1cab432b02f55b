import CurbsideStore
import Customers
import Foundation
import Testing

@Suite("GRDBCustomerRepository duplicates")
struct CustomerDuplicateTests {
    let repository: GRDBCustomerRepository

    init() throws {
        repository = CustomerFixtures.repository(try CurbsideDatabase.inMemory())
    }

    private func seed() async throws {
        var byEmail = CustomerFixtures.customer("cus_email", created: 3)
        byEmail.email = "Pat@Example.com"
        byEmail.addressKey = "9 elsewhere"
        var byAddress = CustomerFixtures.customer("cus_address", created: 2)
        byAddress.addressKey = "1 main st"
        var both = CustomerFixtures.customer("cus_both", created: 1)
        both.email = "pat@example.com"
        both.addressKey = "1 main st"
        var deleted = CustomerFixtures.customer("cus_deleted", created: 0)
        deleted.email = "pat@example.com"
        deleted.addressKey = "1 main st"
        deleted.deletedAt = CustomerFixtures.at(10)
        var otherTenant = CustomerFixtures.customer("cus_beta", tenant: "beta", created: 0)
        otherTenant.email = "pat@example.com"
        otherTenant.addressKey = "1 main st"
        var unrelated = CustomerFixtures.customer("cus_unrelated", created: 0)
        unrelated.email = "someone@example.com"
        unrelated.addressKey = "2 main st"
        try await repository.write { [byEmail, byAddress, both, deleted, otherTenant, unrelated] writer throws in
            for customer in [byEmail, byAddress, both, deleted, otherTenant, unrelated] { try writer.insert(customer) }
        }
    }

    private func duplicates(tenant: String = "acme", email: String?, addressKey: String?) async throws -> [String] {
        try await repository.read { try $0.duplicates(tenant: tenant, email: email, addressKey: addressKey) }.map(\.id)
    }

    @Test("matches live customers by e-mail, case-insensitively")
    func byEmail() async throws {
        try await seed()
        #expect(try await duplicates(email: "PAT@example.COM", addressKey: nil) == ["cus_both", "cus_email"])
        #expect(try await duplicates(email: "pat@example", addressKey: nil) == [])
    }

    @Test("matches live customers by address key")
    func byAddressKey() async throws {
        try await seed()
        #expect(try await duplicates(email: nil, addressKey: "1 main st") == ["cus_both", "cus_address"])
        #expect(try await duplicates(email: nil, addressKey: "1 MAIN ST") == [])
    }

    @Test("either match counts, each customer once, oldest first")
    func either() async throws {
        try await seed()
        #expect(try await duplicates(email: "pat@example.com", addressKey: "1 main st")
            == ["cus_both", "cus_address", "cus_email"])
        #expect(try await duplicates(email: "nobody@example.com", addressKey: "9 elsewhere") == ["cus_email"])
    }

    @Test("nothing to match finds nothing; soft-deleted and other tenants' customers never match")
    func exclusions() async throws {
        try await seed()
        #expect(try await duplicates(email: nil, addressKey: nil) == [])
        #expect(try await duplicates(tenant: "beta", email: "pat@example.com", addressKey: nil) == ["cus_beta"])
        #expect(try await duplicates(tenant: "gamma", email: "pat@example.com", addressKey: "1 main st") == [])
    }
}
