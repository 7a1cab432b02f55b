import Customers
import Foundation
import GRDB

/// One row of the `outbox_events` table: a side effect waiting for, or done by, the outbox worker.
struct OutboxEventRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "outbox_events"

    var tenantID: String
    /// An identifier such as `evt_k3v9q0m2x8a1b7c4`.
    var id: String
    var kind: OutboxEvent.Kind
    var subjectID: String
    var idempotencyKey: String
    var attempts: Int
    var nextAttemptAt: Date
    var deliveredAt: Date?
    var lastError: String?
    var createdAt: Date
    var payload: String?

    enum CodingKeys: String, CodingKey {
        case tenantID = "tenant_id", id, kind, subjectID = "subject_id", idempotencyKey = "idempotency_key"
        case attempts, nextAttemptAt = "next_attempt_at", deliveredAt = "delivered_at", lastError = "last_error"
        case createdAt = "created_at", payload
    }

    /// The columns queries filter, sort on and write.
    enum Columns {
        static let tenantID = Column(CodingKeys.tenantID)
        static let id = Column(CodingKeys.id)
        static let attempts = Column(CodingKeys.attempts)
        static let nextAttemptAt = Column(CodingKeys.nextAttemptAt)
        static let deliveredAt = Column(CodingKeys.deliveredAt)
        static let lastError = Column(CodingKeys.lastError)
        static let createdAt = Column(CodingKeys.createdAt)
    }

    /// The row storing `event`.
    init(_ event: OutboxEvent) {
        tenantID = event.tenantID
        id = event.id
        kind = event.kind
        subjectID = event.subjectID
        idempotencyKey = event.idempotencyKey
        attempts = event.attempts
        nextAttemptAt = event.nextAttemptAt
        deliveredAt = event.deliveredAt
        lastError = event.lastError
        createdAt = event.createdAt
        payload = event.payload
    }

    /// The event this row stores.
    func event() -> OutboxEvent {
        var event = OutboxEvent(id: id, tenantID: tenantID, kind: kind, subjectID: subjectID, createdAt: createdAt)
        event.idempotencyKey = idempotencyKey
        event.attempts = attempts
        event.nextAttemptAt = nextAttemptAt
        event.deliveredAt = deliveredAt
        event.lastError = lastError
        event.payload = payload
        return event
    }
}

extension DerivableRequest<OutboxEventRecord> {
    /// The event `id` of `tenant`.
    func event(id: String, tenant: String) -> Self {
        filter(OutboxEventRecord.Columns.tenantID == tenant && OutboxEventRecord.Columns.id == id)
    }

    /// Events not delivered yet.
    func pending() -> Self {
        filter(OutboxEventRecord.Columns.deliveredAt == nil)
    }
}
