import CurbsideStore
import Customers
import Foundation
import GRDB
import Testing

/// A worker killed mid-delivery, and a new one started on the same database file: the event is delivered, recorded
/// exactly once, and every send carries the same idempotency key so the receiver can drop repeats.
@Suite("OutboxWorker crash safety")
struct OutboxCrashTests {
    let clock = TestClock()

    /// Creates a customer with an e-mail address in a new database file; returns the welcome event's key.
    private func seed(at path: String) async throws -> String {
        let database = try CurbsideDatabase(path: path)
        try await OutboxFixtures.createCustomer(OutboxFixtures.service(database, locator: SwitchableLocator(up: true), clock: clock))
        return try #require(try await OutboxFixtures.event(database, kind: .welcomeEmail)).idempotencyKey
    }

    private static func seconds(_ duration: Duration) -> TimeInterval {
        TimeInterval(duration.components.seconds) + TimeInterval(duration.components.attoseconds) * 1e-18
    }

    /// Runs `worker` until `reached` yields, then cancels it, as if the process died there; returns what the
    /// interrupted `deliverDue` reported.
    private func kill(_ worker: OutboxWorker, when reached: AsyncStream<String>) async -> (delivered: Int, failed: Int) {
        let task = Task { await worker.deliverDue() }
        var iterator = reached.makeAsyncIterator()
        _ = await iterator.next()
        task.cancel()
        return await task.value
    }

    /// Restarts on the reopened file with a working sender and checks the event is delivered and recorded once.
    private func restart(at path: String, key: String) async throws -> RecordingEmailSender {
        let database = try CurbsideDatabase(path: path)
        let event = try #require(try await OutboxFixtures.event(database, kind: .welcomeEmail))
        #expect(event.deliveredAt == nil)
        #expect(event.attempts == 0)
        #expect(try await OutboxFixtures.communications(database).isEmpty)

        let email = RecordingEmailSender()
        let worker = OutboxFixtures.worker(database, email: email, clock: clock)
        // The dead worker's claim keeps the event from everyone until it runs out.
        #expect(await worker.deliverDue() == (0, 0))
        #expect(email.keys.isEmpty)
        clock.advance(Self.seconds(worker.claimLease) + 1)
        #expect(await worker.deliverDue() == (1, 0))
        clock.advance(86_400)
        #expect(await worker.deliverDue() == (0, 0))
        #expect(email.keys == [key])
        #expect(try await OutboxFixtures.communications(database).count == 1)
        #expect(try await OutboxStore(database: database).pendingCount() == 0)
        return email
    }

    @Test("killed during the send: the restarted worker sends again with the same key and records it once")
    func crashDuringSend() async throws {
        let path = OutboxFixtures.temporaryPath()
        defer { OutboxFixtures.removeDatabase(at: path) }
        let key = try await seed(at: path)

        let first = RecordingEmailSender([.hang])
        do {
            let database = try CurbsideDatabase(path: path)
            // A dying process gives nothing back: the crashing repository never releases claims.
            let (_, continuation) = AsyncStream.makeStream(of: String.self)
            let repository = CrashingOutboxRepository(base: GRDBOutboxRepository(database: database), reached: continuation)
            let worker = OutboxFixtures.worker(database, repository: repository, email: first, clock: clock)
            #expect(await kill(worker, when: first.attempts) == (0, 0))
        }
        let second = try await restart(at: path, key: key)
        #expect(first.keys == [key])
        #expect(Set(first.keys + second.keys).count == 1)
    }

    @Test("stopped during the send (a shutdown, not a crash): its claim is given back and another worker sends at once")
    func stopDuringSendGivesBackTheClaim() async throws {
        let path = OutboxFixtures.temporaryPath()
        defer { OutboxFixtures.removeDatabase(at: path) }
        let key = try await seed(at: path)
        let database = try CurbsideDatabase(path: path)
        let first = RecordingEmailSender([.hang])
        #expect(await kill(OutboxFixtures.worker(database, email: first, clock: clock), when: first.attempts) == (0, 0))
        // No time passes: the event is due again at once, not when the five-minute claim would have run out.
        let second = RecordingEmailSender()
        #expect(await OutboxFixtures.worker(database, email: second, clock: clock).deliverDue() == (1, 0))
        #expect(first.keys == [key] && second.keys == [key])
        #expect(try await OutboxFixtures.communications(database).count == 1)
    }

    @Test("killed after the send, before it is recorded: the repeat carries the same key and communications has one row")
    func crashAfterSend() async throws {
        let path = OutboxFixtures.temporaryPath()
        defer { OutboxFixtures.removeDatabase(at: path) }
        let key = try await seed(at: path)

        let first = RecordingEmailSender()
        do {
            let database = try CurbsideDatabase(path: path)
            let (reached, continuation) = AsyncStream.makeStream(of: String.self)
            let repository = CrashingOutboxRepository(base: GRDBOutboxRepository(database: database), reached: continuation)
            let worker = OutboxFixtures.worker(database, repository: repository, email: first, clock: clock)
            #expect(await kill(worker, when: reached) == (0, 0))
        }
        #expect(first.sent.count == 1)
        let second = try await restart(at: path, key: key)
        #expect(second.sent.count == 1)
        // The receiver sees the e-mail twice, both times with the same key, and keeps one.
        #expect(first.keys == [key])
        #expect(second.keys == [key])
        #expect(Set((first.keys + second.keys)).count == 1)
    }
}
