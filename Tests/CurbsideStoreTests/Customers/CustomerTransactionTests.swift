import CurbsideStore
import Customers
import Foundation
import GRDB
import Testing

@Suite("GRDBCustomerRepository transactions")
struct CustomerTransactionTests {
    struct Abandoned: Error {}

    let database: CurbsideDatabase
    let repository: GRDBCustomerRepository

    init() throws {
        database = try CurbsideDatabase.inMemory()
        repository = CustomerFixtures.repository(database)
    }

    @Test("a write that throws after writing keeps nothing it wrote")
    func rollback() async throws {
        let existing = CustomerFixtures.customer("cus_existing", name: "Before")
        try await repository.write { writer throws in
            try writer.insert(existing)
            try writer.insert(CustomerFixtures.property("prp_existing", customer: "cus_existing"))
            try writer.activateTemplateStop(templateID: "rt_a", propertyID: "prp_existing", tenant: "acme")
        }

        await #expect(throws: Abandoned.self) {
            try await repository.write { writer throws in
                var renamed = existing
                renamed.name = "After"
                try writer.update(renamed)
                try writer.insert(CustomerFixtures.customer("cus_new"))
                try writer.insert(CustomerFixtures.property("prp_new", customer: "cus_new"))
                var property = try #require(try writer.property(id: "prp_existing", tenant: "acme"))
                property.isActive = false
                try writer.update(property)
                try writer.saveTenantSettings(TenantSettings(trashDayMode: .uniform), tenant: "acme")
                try writer.deactivateTemplateStops(propertyID: "prp_existing", tenant: "acme")
                try writer.activateTemplateStop(templateID: "rt_b", propertyID: "prp_new", tenant: "acme")
                try writer.enqueue(OutboxEvent(
                    id: "evt_new", tenantID: "acme", kind: .welcomeEmail, subjectID: "cus_new",
                    createdAt: CustomerFixtures.epoch
                ))
                // The transaction sees its own writes before it is abandoned.
                #expect(try writer.customer(id: "cus_new", tenant: "acme", includingDeleted: false) != nil)
                throw Abandoned()
            }
        }

        try await repository.read { reader throws in
            #expect(try reader.customer(id: "cus_existing", tenant: "acme", includingDeleted: false) == existing)
            #expect(try reader.customer(id: "cus_new", tenant: "acme", includingDeleted: true) == nil)
            #expect(try reader.property(id: "prp_new", tenant: "acme") == nil)
            #expect(try reader.property(id: "prp_existing", tenant: "acme")?.isActive == true)
            #expect(try reader.tenantSettings(tenant: "acme") == TenantSettings())
        }
        let stops = try await database.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT route_template_id, is_active FROM route_template_stops")
                .map { "\($0[0] as String):\($0[1] as Bool)" }
        }
        #expect(stops == ["rt_a:true"])
        #expect(try await OutboxStore(database: database).pendingCount() == 0)
    }

    @Test("a write that returns keeps everything and hands back its value")
    func commit() async throws {
        let count = try await repository.write { writer throws in
            try writer.insert(CustomerFixtures.customer("cus_a"))
            try writer.insert(CustomerFixtures.customer("cus_b"))
            try writer.enqueue(OutboxEvent(
                id: "evt_a", tenantID: "acme", kind: .stripeCustomer, subjectID: "cus_a",
                createdAt: CustomerFixtures.epoch
            ))
            return try writer.customers(tenant: "acme", query: CustomerQuery()).total
        }
        #expect(count == 2)
        #expect(try await repository.read { try $0.customers(tenant: "acme", query: CustomerQuery()).total } == 2)
        #expect(try await OutboxStore(database: database).pendingCount() == 1)
    }
}
