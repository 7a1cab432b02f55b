import AsyncHTTPClient
import Customers
import Foundation

/// Sends e-mail by posting it to a webhook (a mail relay, an automation service): JSON `{to, subject, body}` with
/// the `Idempotency-Key` header, which the receiver must dedupe on, as a send can be repeated after a crash.
public struct WebhookEmailSender: EmailSending {
    let url: String
    let headers: [(String, String)]
    let timeout: Duration
    let client: HTTPClient

    /// A sender posting to `url`, with `headers` added to each request (e.g. `Authorization`).
    public init(url: String, headers: [(String, String)] = [], timeout: Duration = .seconds(20), client: HTTPClient = .shared) {
        self.url = url
        self.headers = headers
        self.timeout = timeout
        self.client = client
    }

    /// Posts the e-mail; 4xx answers other than 429 are permanent errors, everything else that fails is retryable.
    public func send(_ email: OutgoingEmail, idempotencyKey: String) async throws {
        let body = try JSONEncoder().encode(email)
        _ = try await IntegrationHTTP.post(
            url, body: body, contentType: "application/json", headers: headers + [("Idempotency-Key", idempotencyKey)],
            client: client, timeout: timeout
        )
    }
}
