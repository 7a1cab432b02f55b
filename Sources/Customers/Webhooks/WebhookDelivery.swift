import Foundation

/// One event on its way to one subscription: the signed body, and how its attempts went.
public struct WebhookDelivery: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Due now or after a backoff.
        case pending
        case delivered
        /// Given up after failing for `WebhookWorker.maximumAge`; `POST …/retry` queues it again.
        case parked
    }

    /// An identifier such as `whd_k3v9q0m2x8a1b7c4`.
    public var id: String
    public var tenantID: String
    public var webhookID: String
    public var eventID: String
    public var eventType: String
    /// The record the event is about; deliveries for one record reach a subscription in the order they were made.
    public var subjectID: String
    /// The JSON body posted: `{"id","type","created_at","data"}`.
    public var body: String
    public var status: Status
    public var attempts: Int
    public var nextAttemptAt: Date
    public var lastStatusCode: Int?
    public var lastError: String?
    public var createdAt: Date
    public var deliveredAt: Date?

    public init(
        id: String, tenantID: String, webhookID: String, eventID: String, eventType: String, subjectID: String, body: String,
        status: Status = .pending, attempts: Int = 0, nextAttemptAt: Date, lastStatusCode: Int? = nil, lastError: String? = nil,
        createdAt: Date, deliveredAt: Date? = nil
    ) {
        self.id = id
        self.tenantID = tenantID
        self.webhookID = webhookID
        self.eventID = eventID
        self.eventType = eventType
        self.subjectID = subjectID
        self.body = body
        self.status = status
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.lastStatusCode = lastStatusCode
        self.lastError = lastError
        self.createdAt = createdAt
        self.deliveredAt = deliveredAt
    }
}

/// A delivery claimed for sending, with where it goes.
public struct ClaimedDelivery: Sendable, Equatable {
    public var delivery: WebhookDelivery
    public var url: String
    public var secret: String

    public init(delivery: WebhookDelivery, url: String, secret: String) {
        self.delivery = delivery
        self.url = url
        self.secret = secret
    }
}
