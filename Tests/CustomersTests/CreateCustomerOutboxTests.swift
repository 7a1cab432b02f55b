import Customers
import Foundation
import Testing

/// What a new customer queues, and that a refused one leaves nothing behind.
@Suite("Creating a customer: outbox and refusals")
struct CreateCustomerOutboxTests {
    @Test("a customer with an e-mail gets a welcome e-mail; without one, nothing is queued")
    func welcomeEmail() async throws {
        let f = ServiceFixture()
        let customer = try await f.create { $0.email = "jane@example.com" }.customer
        let event = try #require(f.repository.tables.outbox.first)
        #expect(f.outbox == [.init(kind: .welcomeEmail, subject: customer.id)])
        #expect(event.tenantID == f.tenant && event.createdAt == TestClock.start && event.nextAttemptAt == TestClock.start)
        #expect(event.attempts == 0 && event.deliveredAt == nil && event.idempotencyKey == event.id && event.id.hasPrefix("evt_"))
        _ = try await f.create("No Mail")
        #expect(f.outbox.count == 1)
    }

    @Test("with Stripe configured, a customer with an e-mail also gets a Stripe customer")
    func stripeCustomer() async throws {
        let f = ServiceFixture(stripe: true)
        let customer = try await f.create { $0.email = "jane@example.com" }.customer
        #expect(f.outbox == [.init(kind: .welcomeEmail, subject: customer.id), .init(kind: .stripeCustomer, subject: customer.id)])
        _ = try await f.create("No Mail")
        #expect(f.outbox.count == 2)
    }

    @Test("a refusal after geocoding leaves the repository as it was")
    func refusalWritesNothing() async throws {
        let f = ServiceFixture(stripe: true)
        let before = f.repository.tables
        #expect(await invalidField {
            try await f.create {
                $0.address = Place.east.address
                $0.email = "jane@example.com"
                $0.servicePlanID = "sp_gold"
            }
        } == "service_plan_id")
        #expect(f.locator.asked.count == 1)
        #expect(f.repository.tables == before)
    }

    @Test("a failing write keeps neither the customer nor its property nor any event")
    func failedWriteKeepsNothing() async throws {
        let f = ServiceFixture()
        let before = f.repository.tables
        f.repository.inject([.enqueue])
        await #expect(throws: InMemoryStoreError.injected(.enqueue)) {
            try await f.create {
                $0.address = Place.east.address
                $0.email = "jane@example.com"
                $0.servicePlanID = "sp_weekly"
            }
        }
        #expect(f.repository.tables == before)
    }

    @Test("a zone id with spaces around it is accepted with an address as without one")
    func paddedZoneID() async throws {
        let f = ServiceFixture()
        #expect(try await f.create { $0.serviceZoneID = " sz_south " }.customer.serviceZoneID == "sz_south")
        #expect(try await f.create { $0.serviceZoneID = "" }.customer.serviceZoneID == nil)
        let padded = try await f.create {
            $0.address = Place.east.address
            $0.serviceZoneID = " sz_south "
        }
        #expect(padded.customer.serviceZoneID == "sz_south")
        let empty = try await f.create {
            $0.address = Place.east.address
            $0.serviceZoneID = ""
        }
        #expect(empty.customer.serviceZoneID == "sz_east")
    }
}
