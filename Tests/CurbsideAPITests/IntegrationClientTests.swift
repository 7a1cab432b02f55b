import CurbsideAPI
import Customers
import Foundation
import Hummingbird
import Integrations
import HummingbirdTesting
import Synchronization
import Testing

@Suite("Stripe and webhook clients against loopback stubs")
struct IntegrationClientTests {
    final class Seen: Sendable {
        let requests = Mutex<[(path: String, headers: [String: String], body: String)]>([])
    }

    func withStub(status: HTTPResponse.Status, body: String, _ test: @Sendable (String, Seen) async throws -> Void) async throws {
        let seen = Seen()
        let router = Router()
        router.post("**") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            seen.requests.withLock { $0.append((request.uri.path, headers, String(buffer: bytes))) }
            return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: body)))
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in try await test("http://127.0.0.1:\(client.port!)", seen) }
    }

    @Test func stripeCreatesACustomerWithTheIdempotencyKey() async throws {
        try await withStub(status: .ok, body: #"{"id":"cus_Stripe123","object":"customer"}"#) { url, seen in
            let id = try await StripeClient(secretKey: "sk_test_abc", baseURL: url).createCustomer(email: "a@b.co", name: "A B", idempotencyKey: "evt_1")
            #expect(id == "cus_Stripe123")
            let request = try #require(seen.requests.withLock { $0.first })
            #expect(request.path == "/v1/customers")
            #expect(request.headers["idempotency-key"] == "evt_1")
            #expect(request.headers["authorization"] == "Bearer sk_test_abc")
            #expect(request.body.contains("email=a%40b.co") && request.body.contains("name=A"))
        }
    }

    @Test func stripeErrorsAreRetryableOrNot() async throws {
        try await withStub(status: .badRequest, body: #"{"error":{"message":"bad"}}"#) { url, _ in
            do {
                _ = try await StripeClient(secretKey: "k", baseURL: url).createCustomer(email: "a@b.co", name: "A", idempotencyKey: "evt_2")
                Issue.record("expected an error")
            } catch let error as OutboxDeliveryError {
                guard case .permanent = error else { Issue.record("400 should be permanent, got \(error)"); return }
            }
        }
        try await withStub(status: .serviceUnavailable, body: "{}") { url, _ in
            do {
                _ = try await StripeClient(secretKey: "k", baseURL: url).createCustomer(email: "a@b.co", name: "A", idempotencyKey: "evt_3")
                Issue.record("expected an error")
            } catch let error as OutboxDeliveryError {
                guard case .retryable = error else { Issue.record("503 should be retryable, got \(error)"); return }
            }
        }
    }

    @Test func webhookEmailPostsJSONWithTheIdempotencyKey() async throws {
        try await withStub(status: .accepted, body: "{}") { url, seen in
            try await WebhookEmailSender(url: url + "/hooks/email").send(OutgoingEmail(to: "a@b.co", subject: "Hi", body: "Welcome"), idempotencyKey: "evt_9")
            let request = try #require(seen.requests.withLock { $0.first })
            #expect(request.path == "/hooks/email" && request.headers["idempotency-key"] == "evt_9")
            let json = try JSONSerialization.jsonObject(with: Data(request.body.utf8)) as? [String: String]
            #expect(json == ["to": "a@b.co", "subject": "Hi", "body": "Welcome"])
        }
    }
}
