import Foundation

/// Delivers queued webhook events: claims a batch of due deliveries, posts them with at most `concurrency` in
/// flight (and `perEndpoint` to one subscription), and records each answer. A 2xx is delivered; anything else is
/// retried with the outbox's backoff until the delivery is `maximumAge` old, then parked. A subscription whose
/// deliveries fail `failingAfter` times in a row is marked failing and gets no attempts until a PUT enables it.
///
/// Delivery is at least once: a worker that dies after a post and before recording it posts again (with the same
/// event id, `Curbside-Event-Id`, for the receiver to drop the repeat). One record's deliveries to one
/// subscription go one at a time, in the order they were made.
public struct WebhookWorker: Sendable {
    let repository: any WebhookRepository
    let sender: any WebhookSending
    let now: @Sendable () -> Date
    let backoff: @Sendable (Int) -> Duration
    let lease: TimeInterval
    public var concurrency = 32
    public var perEndpoint = 8
    public var maximumAge: TimeInterval = 3 * 86_400
    public var failingAfter = 50
    let log: @Sendable (String) -> Void

    public init(
        repository: any WebhookRepository, sender: any WebhookSending, now: @escaping @Sendable () -> Date = { Date() },
        backoff: @escaping @Sendable (Int) -> Duration = { OutboxBackoff.exponential(attempt: $0) }, lease: Duration = .seconds(120),
        log: @escaping @Sendable (String) -> Void = LoggingEmailSender.standardError
    ) {
        self.repository = repository
        self.sender = sender
        self.now = now
        self.backoff = backoff
        self.lease = OutboxWorker.seconds(lease)
        self.log = log
    }

    /// Delivers up to `limit` due deliveries; returns how many were delivered and how many failed.
    public func deliverDue(limit: Int = 256) async -> (delivered: Int, failed: Int) {
        let start = now()
        let claimed: [ClaimedDelivery]
        do {
            claimed = try await repository.claimDue(now: start, until: start.addingTimeInterval(lease), limit: limit)
        } catch {
            log("webhooks: cannot claim due deliveries: \(error)")
            return (0, 0)
        }
        guard !claimed.isEmpty else { return (0, 0) }
        let lanes = Dictionary(grouping: claimed, by: \.delivery.webhookID).values.flatMap { group in
            // One lane per concurrent request to an endpoint: its deliveries, in order, one after another.
            stride(from: 0, to: perEndpoint, by: 1).map { lane in group.enumerated().filter { $0.offset % perEndpoint == lane }.map(\.element) }
        }.filter { !$0.isEmpty }
        var delivered = 0, failed = 0
        await withTaskGroup(of: (Int, Int).self) { group in
            var pending = lanes.makeIterator()
            func next() -> Bool {
                guard let lane = pending.next() else { return false }
                group.addTask { await self.deliver(lane) }
                return true
            }
            for _ in 0..<concurrency where next() {}
            while let (ok, bad) = await group.next() {
                delivered += ok
                failed += bad
                _ = next()
            }
        }
        return (delivered, failed)
    }

    /// Posts each delivery of `lane` in turn.
    func deliver(_ lane: [ClaimedDelivery]) async -> (Int, Int) {
        var delivered = 0, failed = 0
        for claimed in lane {
            if Task.isCancelled { break }
            if await deliver(claimed) { delivered += 1 } else { failed += 1 }
        }
        return (delivered, failed)
    }

    /// Posts one delivery and records the answer; true when the endpoint took it.
    func deliver(_ claimed: ClaimedDelivery) async -> Bool {
        let delivery = claimed.delivery
        var status: Int?
        var failure: String
        do {
            let code = try await sender.send(
                url: claimed.url, secret: claimed.secret, eventID: delivery.eventID, body: Data(delivery.body.utf8), at: now()
            )
            if (200..<300).contains(code) {
                do {
                    try await repository.recordDelivered(delivery, statusCode: code, at: now())
                } catch {
                    log("webhooks: cannot record delivery \(delivery.id): \(error)")
                }
                return true
            }
            status = code
            failure = "the endpoint answered \(code)"
        } catch {
            failure = "\(error)"
        }
        let date = now()
        let attempt = delivery.attempts + 1
        let retryAt = date.timeIntervalSince(delivery.createdAt) >= maximumAge ? nil : date.addingTimeInterval(OutboxWorker.seconds(backoff(attempt)))
        do {
            try await repository.recordFailure(delivery, statusCode: status, error: failure, retryAt: retryAt, failingAfter: failingAfter, at: date)
        } catch {
            log("webhooks: cannot record the failure of delivery \(delivery.id): \(error)")
        }
        return false
    }

    /// Delivers due deliveries every `interval` (at once again after a full batch) until the task is cancelled.
    public func run(every interval: Duration, batch: Int = 256) async {
        while !Task.isCancelled {
            let (delivered, failed) = await deliverDue(limit: batch)
            if delivered + failed >= batch { continue }
            do { try await Task.sleep(for: interval) } catch { return }
        }
    }
}

/// The body a subscription receives for an outbox event: `{"id","type","created_at","data"}`, `data` being the
/// event's payload.
public enum WebhookBody {
    public static func text(for event: OutboxEvent, type: String) -> String {
        let formatter = ISO8601DateFormatter()
        let data = event.payload ?? "{}"
        return #"{"created_at":"\#(formatter.string(from: event.createdAt))","data":\#(data),"id":"\#(event.id)","type":"\#(type)"}"#
    }
}
