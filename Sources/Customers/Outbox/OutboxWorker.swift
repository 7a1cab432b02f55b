import Foundation
import Geocoding

/// Delivers outbox events: sends the welcome e-mail, creates the Stripe customer, geocodes addresses the geocoder
/// could not answer when they were saved. Any number of workers (one per replica) may share a database.
///
/// **Each event goes to one worker.** A worker claims a batch of due events for `claimLease`; no other worker sees
/// them meanwhile. It delivers an event only in the first half of its claim and gives back the rest of a slow
/// batch, so a claim never runs out while its event is being delivered unless a single delivery outlasts half
/// the lease. A worker that stops (its task cancelled) gives back its claims; one that dies holding a claim
/// delays its events until the claim runs out.
///
/// **No event is lost.** Events are written in the same transaction as the change that causes them, and an event
/// stays undelivered, and due again, until its effect is recorded. A failed attempt is counted and retried after
/// `backoff` (1 s doubling up to 1 h, with jitter); a geocoder still down is such a failure, so the record stays
/// `pending` and is tried again. An error marked `OutboxDeliveryError.permanent` parks the event: it stays
/// undelivered, with the error, but is never due again until an operator resets its `next_attempt_at`.
///
/// **No event is acted on twice.** Delivery happens before `markDelivered`. The effect's own record — the
/// `communications` row of the welcome e-mail, the customer's Stripe id, the geocoded coordinates — is written in
/// the same transaction as `markDelivered`, so it is written exactly once. A crash after the send but before that
/// transaction sends again when the worker restarts; every attempt of an event carries the same idempotency key
/// (the event's `idempotency_key`), so the receiver drops the repeat: Stripe honours the `Idempotency-Key` header
/// (for 24 hours), and the e-mail webhook gets it as an `Idempotency-Key` header to dedupe on. Geocoding has no
/// outside effect, so repeating it is harmless.
///
/// A Stripe event when no Stripe client is configured (the key was removed after the event was queued) is marked
/// delivered with the note "stripe not configured" as its last error; the row is kept, so it can be queued again
/// by clearing `delivered_at`. Welcome e-mails and Stripe customers for customers deleted or without an e-mail
/// address by then are likewise marked delivered with a note.
public struct OutboxWorker: Sendable {
    let repository: any OutboxRepository
    let email: any EmailSending
    let stripe: (any StripeCustomerCreating)?
    let placer: Placer
    /// Applies scheduled zone versions.
    public var territory: TerritoryService?
    /// Where events for subscriptions are queued; without it they are marked delivered with a note.
    public var webhooks: (any WebhookRepository)?
    let now: @Sendable () -> Date
    let backoff: @Sendable (Int) -> Duration
    /// How long claimed events are kept from other workers.
    public let claimLease: Duration
    let log: @Sendable (String) -> Void

    /// A worker delivering the events of `repository`; `backoff` gives the wait after failed attempt number n
    /// (1 for the first); `claimLease` how long claimed events are kept from other workers; `log` reports failures
    /// (by default on standard error).
    public init(
        repository: any OutboxRepository, email: any EmailSending = LoggingEmailSender(), stripe: (any StripeCustomerCreating)?,
        locator: any AddressLocating, zones: any ZoneMatching, normalizer: AddressNormalizer = AddressNormalizer(),
        now: @escaping @Sendable () -> Date = { Date() },
        backoff: @escaping @Sendable (Int) -> Duration = { OutboxBackoff.exponential(attempt: $0) },
        claimLease: Duration = .seconds(300),
        log: @escaping @Sendable (String) -> Void = LoggingEmailSender.standardError
    ) {
        self.repository = repository
        self.email = email
        self.stripe = stripe
        self.placer = Placer(locator: locator, zones: zones, normalizer: normalizer)
        self.now = now
        self.backoff = backoff
        self.claimLease = claimLease
        self.log = log
    }

    /// Delivers up to `limit` due events, one by one, oldest first. Returns how many were delivered (or found to
    /// need nothing) and how many failed and wait for a retry. Stops early when the task is cancelled (a server
    /// shutting down) or half the claim has passed, and gives back its claim on the events it did not finish, so
    /// any worker can take them at once; an event interrupted by the cancellation is recorded as nothing, as
    /// after a crash, and sent again later with the same idempotency key.
    public func deliverDue(limit: Int = 100) async -> (delivered: Int, failed: Int) {
        let events: [OutboxEvent]
        let claimed = now()
        let lease = Self.seconds(claimLease)
        let until = claimed.addingTimeInterval(lease)
        do {
            events = try await repository.claimDue(now: claimed, until: until, limit: limit)
        } catch {
            log("outbox: cannot claim due events: \(error)")
            return (0, 0)
        }
        var delivered = 0, failed = 0
        var unfinished: [OutboxEvent] = []
        for (index, event) in events.enumerated() {
            if Task.isCancelled || now() > claimed.addingTimeInterval(lease / 2) {
                unfinished = Array(events[index...])
                break
            }
            switch await deliver(event) {
            case true?: delivered += 1
            case false?: failed += 1
            case nil: unfinished.append(event)
            }
        }
        if !unfinished.isEmpty { await release(unfinished, claimedUntil: until) }
        return (delivered, failed)
    }

    /// Gives back the claim on `events`, even when the task is cancelled: that is when it matters most.
    private func release(_ events: [OutboxEvent], claimedUntil until: Date) async {
        let (repository, now, log) = (repository, now, log)
        await Task {
            do {
                try await repository.releaseClaims(on: events, claimedUntil: until, now: now())
            } catch {
                log("outbox: cannot give back the claim on \(events.count) events (due again when it runs out): \(error)")
            }
        }.value
    }

    /// Delivers due events every `interval` (at once again when a full batch was delivered) until the task is
    /// cancelled.
    public func run(every interval: Duration, batch: Int = 20) async {
        while !Task.isCancelled {
            let (delivered, failed) = await deliverDue(limit: batch)
            if delivered > 0, delivered + failed >= batch { continue }
            do { try await Task.sleep(for: interval) } catch { return }
        }
    }

    /// Delivers one event: true when delivered, false when it failed and was rescheduled, nil when the task was
    /// cancelled on the way (nothing is recorded, as after a crash).
    func deliver(_ event: OutboxEvent) async -> Bool? {
        do {
            switch event.kind {
            case .welcomeEmail: try await sendWelcome(event)
            case .stripeCustomer: try await createStripeCustomer(event)
            case .geocode: try await geocode(event)
            case .applyZoneVersion:
                guard let territory else { throw OutboxDeliveryError.retryable("no territory service to apply zone versions") }
                try await territory.applyScheduled(event)
            case .propertyRezoned, .zoneSetPublished: try await fanOut(event)
            }
            return true
        } catch {
            if Task.isCancelled { return nil }
            let attempt = event.attempts + 1
            let date = now()
            let retryAt: Date
            if case OutboxDeliveryError.permanent = error {
                retryAt = .distantFuture
            } else {
                retryAt = date.addingTimeInterval(Self.seconds(backoff(attempt)))
            }
            let message = String(describing: error)
            log("outbox: \(event.kind.rawValue) \(event.id) (tenant \(event.tenantID)) attempt \(attempt) failed: \(message)")
            do {
                try await repository.markFailed(id: event.id, tenant: event.tenantID, error: message, retryAt: retryAt)
            } catch {
                log("outbox: cannot record the failure of \(event.id): \(error)")
            }
            return false
        }
    }

    static func seconds(_ duration: Duration) -> TimeInterval {
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) * 1e-18
    }
}
