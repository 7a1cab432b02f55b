import AsyncHTTPClient
import Customers
import Foundation

/// Creates Stripe customers through the Stripe API (`POST /v1/customers`).
public struct StripeClient: StripeCustomerCreating {
    public static let defaultBaseURL = "https://api.stripe.com"

    let secretKey: String
    let baseURL: String
    let timeout: Duration
    let client: HTTPClient

    /// A client authenticating with `secretKey` (`sk_…`) against `baseURL` (no trailing slash needed).
    public init(secretKey: String, baseURL: String = StripeClient.defaultBaseURL, timeout: Duration = .seconds(20), client: HTTPClient = .shared) {
        self.secretKey = secretKey
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.timeout = timeout
        self.client = client
    }

    /// Posts `email` and `name` form-encoded with the `Idempotency-Key` header and returns the new customer's `id`.
    /// 4xx answers other than 429 are permanent errors; 429, 5xx, timeouts and connection failures are retryable.
    public func createCustomer(email: String, name: String, idempotencyKey: String) async throws -> String {
        let data = try await IntegrationHTTP.post(
            baseURL + "/v1/customers", body: IntegrationHTTP.formEncoded([("email", email), ("name", name)]),
            contentType: "application/x-www-form-urlencoded",
            headers: [("Authorization", "Bearer \(secretKey)"), ("Idempotency-Key", idempotencyKey)],
            client: client, timeout: timeout
        )
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let id = object["id"] as? String, !id.isEmpty else {
            throw OutboxDeliveryError.retryable("Stripe answered without a customer id")
        }
        return id
    }
}
