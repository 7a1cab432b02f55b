import Customers
import Foundation

/// The columns and JSON of the webhook tables, shared by both stores.
enum WebhookRows {
    static let subscriptionColumns = "tenant_id, id, url, events, description, secret, status, consecutive_failures, created_at, updated_at"
    static let deliveryColumns = """
        tenant_id, id, webhook_id, event_id, event_type, subject_id, body, status, attempts, next_attempt_at, last_status_code, last_error,
        created_at, delivered_at
        """

    static func eventsJSON(_ events: [String]) -> String {
        String(decoding: (try? JSONEncoder().encode(events)) ?? Data("[]".utf8), as: UTF8.self)
    }

    static func events(_ json: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
    }
}
