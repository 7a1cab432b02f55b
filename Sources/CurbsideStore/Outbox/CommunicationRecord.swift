import Foundation
import GRDB

/// One row of the `communications` table: a message sent to a customer.
struct CommunicationRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "communications"

    var tenantID: String
    /// An identifier such as `com_k3v9q0m2x8a1b7c4`.
    var id: String
    var customerID: String
    /// How it was sent: `email`.
    var channel: String
    var recipient: String?
    var subject: String?
    var body: String?
    /// `sent`.
    var status: String
    var sentAt: Date?
    var createdAt: Date

    enum CodingKeys: String, CodingKey {
        case tenantID = "tenant_id", id, customerID = "customer_id", channel, recipient, subject, body, status
        case sentAt = "sent_at", createdAt = "created_at"
    }

    /// The columns queries filter on.
    enum Columns {
        static let tenantID = Column(CodingKeys.tenantID)
        static let customerID = Column(CodingKeys.customerID)
    }

    /// The identifier of the communication an outbox event sends: `com_` and the event id without its `evt_`
    /// prefix, so that one event can never be recorded twice.
    static func id(forEvent eventID: String) -> String {
        "com_" + (eventID.hasPrefix("evt_") ? String(eventID.dropFirst(4)) : eventID)
    }
}
