import Foundation
import GRDB

/// One row of the `communications` table, as the tests read it.
struct StoredCommunication: Sendable, Equatable {
    var id: String
    var customerID: String
    var channel: String
    var recipient: String?
    var subject: String?
    var body: String?
    var status: String
    var sentAt: Date?

    init(_ row: Row) {
        id = row["id"]
        customerID = row["customer_id"]
        channel = row["channel"]
        recipient = row["recipient"]
        subject = row["subject"]
        body = row["body"]
        status = row["status"]
        sentAt = row["sent_at"]
    }
}
