import CurbsideStore
import Customers
import Foundation
import GRDB
import Testing

@Suite("OutboxWorker")
struct OutboxWorkerTests {
    let database: CurbsideDatabase
    let clock = TestClock()
    let locator = SwitchableLocator(up: true)

    init() throws {
        database = try CurbsideDatabase.inMemory()
    }

    @Test("the welcome e-mail is sent once, with the event's key, and recorded once in communications")
    func welcomeSentOnce() async throws {
        let customer = try await OutboxFixtures.createCustomer(OutboxFixtures.service(database, locator: locator, clock: clock))
        let event = try #require(try await OutboxFixtures.event(database, kind: .welcomeEmail))
        let email = RecordingEmailSender()
        let worker = OutboxFixtures.worker(database, email: email, clock: clock)

        #expect(await worker.deliverDue() == (1, 0))
        clock.advance(86_400)
        #expect(await worker.deliverDue() == (0, 0))

        #expect(email.keys == [event.idempotencyKey])
        #expect(email.sent.map(\.to) == ["ada@example.com"])
        let rows = try await OutboxFixtures.communications(database)
        try #require(rows.count == 1)
        #expect(rows[0].customerID == customer.customer.id)
        #expect(rows[0].channel == "email")
        #expect(rows[0].status == "sent")
        #expect(rows[0].recipient == "ada@example.com")
        #expect(rows[0].subject == email.sent[0].subject)
        #expect(rows[0].body == email.sent[0].body)
        #expect(rows[0].id.hasPrefix("com_"))
        #expect(try await OutboxFixtures.event(database, kind: .welcomeEmail)?.deliveredAt == CustomerFixtures.epoch)
        #expect(try await OutboxStore(database: database).pendingCount() == 0)
    }

    @Test("a sender failing twice is retried after 1 s and 2 s, with the same key, and the e-mail is recorded once")
    func retriedWithBackoff() async throws {
        try await OutboxFixtures.createCustomer(OutboxFixtures.service(database, locator: locator, clock: clock))
        let email = RecordingEmailSender([.fail(.retryable("HTTP 503")), .fail(.retryable("timeout"))])
        let worker = OutboxFixtures.worker(database, email: email, clock: clock)

        #expect(await worker.deliverDue() == (0, 1))
        var event = try #require(try await OutboxFixtures.event(database, kind: .welcomeEmail))
        #expect(event.attempts == 1)
        #expect(event.lastError == "HTTP 503")
        #expect(event.nextAttemptAt == CustomerFixtures.at(1))
        #expect(await worker.deliverDue() == (0, 0))

        clock.advance(1)
        #expect(await worker.deliverDue() == (0, 1))
        event = try #require(try await OutboxFixtures.event(database, kind: .welcomeEmail))
        #expect(event.attempts == 2)
        #expect(event.nextAttemptAt == CustomerFixtures.at(3))
        clock.advance(1.5)
        #expect(await worker.deliverDue() == (0, 0))

        clock.advance(0.5)
        #expect(await worker.deliverDue() == (1, 0))
        clock.advance(3600)
        #expect(await worker.deliverDue() == (0, 0))

        #expect(email.keys.count == 3)
        #expect(Set(email.keys) == [event.idempotencyKey])
        #expect(try await OutboxFixtures.communications(database).count == 1)
    }

    @Test("the Stripe customer is created with the event's key and its id stored on the customer")
    func stripeIDStored() async throws {
        let service = OutboxFixtures.service(database, locator: locator, stripeEnabled: true, clock: clock)
        let customer = try await OutboxFixtures.createCustomer(service)
        let event = try #require(try await OutboxFixtures.event(database, kind: .stripeCustomer))
        let stripe = RecordingStripe(customerID: "cus_Stripe123")
        let worker = OutboxFixtures.worker(database, email: RecordingEmailSender(), stripe: stripe, clock: clock)

        #expect(await worker.deliverDue() == (2, 0))
        #expect(await worker.deliverDue() == (0, 0))

        #expect(stripe.received == [.init(email: "ada@example.com", name: "Ada Lovelace", idempotencyKey: event.idempotencyKey)])
        #expect(try await service.customer(id: customer.customer.id, tenant: "acme").customer.stripeCustomerID == "cus_Stripe123")
    }

    @Test("without a Stripe client the event is marked delivered with a note")
    func stripeNotConfigured() async throws {
        try await OutboxFixtures.createCustomer(OutboxFixtures.service(database, locator: locator, stripeEnabled: true, clock: clock))
        let worker = OutboxFixtures.worker(database, email: RecordingEmailSender(), stripe: nil, clock: clock)

        #expect(await worker.deliverDue() == (2, 0))
        let event = try #require(try await OutboxFixtures.event(database, kind: .stripeCustomer))
        #expect(event.deliveredAt != nil)
        #expect(event.lastError == "stripe not configured")
    }

    @Test("a permanent failure parks the event: kept undelivered with the error, never due again")
    func permanentFailureParks() async throws {
        let service = OutboxFixtures.service(database, locator: locator, stripeEnabled: true, clock: clock)
        let customer = try await OutboxFixtures.createCustomer(service)
        let stripe = RecordingStripe(failure: .permanent("HTTP 400: Invalid email address"))
        let worker = OutboxFixtures.worker(database, email: RecordingEmailSender(), stripe: stripe, clock: clock)

        #expect(await worker.deliverDue() == (1, 1))
        clock.advance(365 * 86_400)
        #expect(await worker.deliverDue() == (0, 0))

        let event = try #require(try await OutboxFixtures.event(database, kind: .stripeCustomer))
        #expect(event.deliveredAt == nil)
        #expect(event.lastError == "permanent: HTTP 400: Invalid email address")
        #expect(try await OutboxStore(database: database).pendingCount() == 1)
        #expect(stripe.received.count == 1)
        #expect(try await service.customer(id: customer.customer.id, tenant: "acme").customer.stripeCustomerID == nil)
    }

    @Test("a customer deleted before the welcome e-mail goes out gets none")
    func deletedCustomerSkipped() async throws {
        let service = OutboxFixtures.service(database, locator: locator, clock: clock)
        let customer = try await OutboxFixtures.createCustomer(service)
        try await service.deleteCustomer(id: customer.customer.id, tenant: "acme")
        let email = RecordingEmailSender()

        #expect(await OutboxFixtures.worker(database, email: email, clock: clock).deliverDue() == (1, 0))
        #expect(email.keys.isEmpty)
        #expect(try await OutboxFixtures.communications(database).isEmpty)
        #expect(try await OutboxFixtures.event(database, kind: .welcomeEmail)?.lastError == "customer deleted")
    }

    @Test("the backoff doubles from 1 s to at most 1 h, with jitter between half and all of it")
    func backoff() {
        #expect((1...6).map { OutboxBackoff.withoutJitter(attempt: $0) } == [1, 2, 4, 8, 16, 32].map { .seconds($0) })
        #expect(OutboxBackoff.withoutJitter(attempt: 12) == .seconds(2048))
        #expect(OutboxBackoff.withoutJitter(attempt: 13) == .seconds(3600))
        #expect(OutboxBackoff.withoutJitter(attempt: 1000) == .seconds(3600))
        for attempt in [1, 5, 20] {
            let full = OutboxBackoff.withoutJitter(attempt: attempt)
            for _ in 0..<50 {
                let wait = OutboxBackoff.exponential(attempt: attempt)
                #expect(wait >= full / 2 && wait <= full)
            }
        }
    }
}
