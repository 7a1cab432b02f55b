import CurbsideAPI
import Crypto
import Customers
import Foundation
import Hummingbird
import HummingbirdTesting
import Integrations
import Synchronization
import Testing

/// Webhook subscriptions over HTTP and their signed deliveries to a loopback receiver, on either store.
@Suite("Webhooks over HTTP")
struct WebhookAPITests {
    /// What the receiver got: each request's event id header, signature header, body, and whether the signature
    /// verified with the secret the test held then.
    final class Receiver: Sendable {
        struct Received: Sendable {
            var eventID: String
            var signature: String
            var body: String
            var verified: Bool
        }

        let received = Mutex<[Received]>([])
        let secret = Mutex("")
        /// How many requests to answer 500 first.
        let failures = Mutex(0)

        /// Verifies a `Curbside-Signature` header as a receiver would, written apart from the signer: split
        /// `t=…,v1=…`, HMAC-SHA256 of "t.body" with the secret, compare the hex.
        static func verify(header: String, body: Data, secret: String) -> Bool {
            var fields: [String: String] = [:]
            for part in header.split(separator: ",") {
                let pair = part.split(separator: "=", maxSplits: 1)
                if pair.count == 2 { fields[String(pair[0])] = String(pair[1]) }
            }
            guard let t = fields["t"], let v1 = fields["v1"] else { return false }
            let mac = HMAC<SHA256>.authenticationCode(for: Data((t + ".").utf8) + body, using: SymmetricKey(data: Data(secret.utf8)))
            return Data(mac).map { String(format: "%02x", $0) }.joined() == v1
        }
    }

    func withReceiver(_ test: @Sendable (String, Receiver) async throws -> Void) async throws {
        let receiver = Receiver()
        let router = Router()
        router.post("hook") { request, _ -> Response in
            let bytes = try await request.body.collect(upTo: 1 << 20)
            let body = Data(buffer: bytes)
            let signature = request.headers[.init("Curbside-Signature")!] ?? ""
            let verified = Receiver.verify(header: signature, body: body, secret: receiver.secret.withLock { $0 })
            receiver.received.withLock {
                $0.append(.init(eventID: request.headers[.init("Curbside-Event-Id")!] ?? "", signature: signature,
                                body: String(decoding: body, as: UTF8.self), verified: verified))
            }
            let fail = receiver.failures.withLock { count -> Bool in
                guard count > 0 else { return false }
                count -= 1
                return true
            }
            return Response(status: fail ? .internalServerError : .ok)
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in try await test("http://127.0.0.1:\(client.port!)/hook", receiver) }
    }

    func worker(_ service: TestService) -> WebhookWorker {
        WebhookWorker(repository: service.services.storage.webhooks, sender: HTTPWebhookSender(), backoff: { _ in .zero }, log: { _ in })
    }

    @Test("subscriptions: the secret once, https or loopback only, no link-local or metadata hosts, admins only, per tenant")
    func subscriptions() async throws {
        let service = try await TestService()
        let admin = try await service.headers(role: .admin)
        try await service.app.test(.router) { client in
            let created = try await client.execute(uri: "/api/webhooks", method: .post, headers: admin,
                                                   body: #"{"url":"https://billing.example.com/hooks","events":["property.rezoned"],"description":"billing"}"#.buffer) {
                #expect($0.status == .created, "\($0.body.text)")
                return $0.body.json
            }
            let id = try #require(created["id"] as? String)
            #expect(id.hasPrefix("wh_") && (created["secret"] as? String)?.hasPrefix("whsec_") == true)
            try await client.execute(uri: "/api/webhooks/\(id)", method: .get, headers: admin) {
                #expect($0.status == .ok && $0.body.json["secret"] == nil, "the secret is shown once")
            }
            let rotated = try await client.execute(uri: "/api/webhooks/\(id)/rotate-secret", method: .post, headers: admin) { $0.body.json["secret"] as? String }
            #expect(rotated != nil && rotated != created["secret"] as? String)
            for url in ["http://billing.example.com/hooks", "https://169.254.169.254/latest", "http://169.254.169.254/", "https://[fe80::1]/x",
                        "https://metadata.google.internal/", "ftp://example.com/", "not a url", "https://user:pw@example.com/"] {
                try await client.execute(uri: "/api/webhooks", method: .post, headers: admin, body: #"{"url":"\#(url)","events":["*"]}"#.buffer) {
                    #expect($0.status == .unprocessableContent, "\(url): \($0.body.text)")
                }
            }
            try await client.execute(uri: "/api/webhooks", method: .post, headers: admin, body: #"{"url":"http://127.0.0.1:9/x","events":["no.such"]}"#.buffer) {
                #expect($0.status == .unprocessableContent && errorMessage($0.body).contains("events[0]"))
            }
            try await client.execute(uri: "/api/webhooks", method: .post, headers: admin, body: #"{"url":"http://localhost:9/x","events":["*"]}"#.buffer) {
                #expect($0.status == .created, "plain http to loopback")
            }
            for role in [Role.viewer, .editor] {
                let headers = try await service.headers(role: role)
                try await client.execute(uri: "/api/webhooks", method: .get, headers: headers) { #expect($0.status == .forbidden) }
            }
            let other = try await service.headers("other", role: .admin)
            try await client.execute(uri: "/api/webhooks/\(id)", method: .get, headers: other) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/api/webhooks", method: .get, headers: other) { #expect(($0.body.json["data"] as? [Any])?.count == 0) }
            try await client.execute(uri: "/api/webhooks/\(id)", method: .delete, headers: admin) { #expect($0.status == .noContent) }
            try await client.execute(uri: "/api/webhooks/\(id)", method: .get, headers: admin) { #expect($0.status == .notFound) }
        }
    }

    @Test("a re-zoning's events reach the endpoint signed, once each, after a 500 is retried; the log shows each")
    func rezoningEventsAreDeliveredSigned() async throws {
        let service = try await TestService()
        let admin = try await service.headers(role: .admin)
        try await withReceiver { url, receiver in
            try await service.app.test(.router) { client in
                let secret = try await client.execute(uri: "/api/webhooks", method: .post, headers: admin,
                                                      body: #"{"url":"\#(url)","events":["property.rezoned","zone_set.published"]}"#.buffer) {
                    #expect($0.status == .created, "\($0.body.text)")
                    return ($0.body.json["secret"] as? String ?? "", $0.body.json["id"] as? String ?? "")
                }
                receiver.secret.withLock { $0 = secret.0 }
                for (index, lng) in [-97.7404, -97.7410].enumerated() {
                    let body = #"{"name":"Capitol \#(index)","address":"\#(1100 + index) Congress Ave, Austin, TX 78701","lat":30.2747,"lng":\#(lng)}"#
                    try await client.execute(uri: "/api/customers", method: .post, headers: admin, body: body.buffer) { #expect($0.status == .created) }
                }
                let draft = try await client.execute(uri: "/api/zone-drafts", method: .post, headers: admin, body: #"{"from":"current"}"#.buffer) {
                    $0.body.json["id"] as? String ?? ""
                }
                try await client.execute(uri: "/api/zone-drafts/\(draft)/zones/sz_downtown_core", method: .delete, headers: admin) { _ in }
                try await client.execute(uri: "/api/zone-drafts/\(draft)/publish", method: .post, headers: admin) { #expect($0.status == .created) }

                receiver.failures.withLock { $0 = 1 }
                _ = await service.outboxWorker().deliverDue(limit: 100)
                let webhooks = worker(service)
                for _ in 0..<4 { _ = await webhooks.deliverDue() }
                let received = receiver.received.withLock { $0 }
                let types = received.compactMap { (try? JSONSerialization.jsonObject(with: Data($0.body.utf8)) as? [String: Any])?["type"] as? String }
                #expect(types.filter { $0 == "property.rezoned" }.count >= 2 && types.contains("zone_set.published"), "\(types)")
                #expect(received.allSatisfy { $0.verified }, "every signature verifies with the secret")
                #expect(Set(received.map(\.eventID)).count == 3, "three events, one repeated after the 500: \(received.map(\.eventID))")
                let rezoned = try #require(received.first { $0.body.contains("property.rezoned") })
                let event = try #require(try JSONSerialization.jsonObject(with: Data(rezoned.body.utf8)) as? [String: Any])
                let data = try #require(event["data"] as? [String: Any])
                #expect(data["from_zone_id"] as? String == "sz_downtown_core" && data["to_zone_id"] as? String == "sz_central_austin")
                #expect((event["id"] as? String)?.hasPrefix("evt_") == true && event["created_at"] is String)

                let log = try await client.execute(uri: "/api/webhooks/\(secret.1)/deliveries", method: .get, headers: admin) {
                    $0.body.json["data"] as? [[String: Any]] ?? []
                }
                #expect(log.count == 3 && log.allSatisfy { $0["status"] as? String == "delivered" }, "\(log)")
                #expect(log.contains { $0["attempts"] as? Int == 2 }, "the one answered 500 first took two attempts")

                let metrics = try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(TestService.metricsToken)"]) {
                    $0.body.text
                }
                #expect(metrics.contains(#"curbside_webhook_deliveries{status="delivered"} 3"#), "\(metrics)")
                #expect(metrics.contains("curbside_webhook_oldest_pending_seconds 0"))

                // After a rotation, the next delivery is signed with the new secret only.
                let newSecret = try await client.execute(uri: "/api/webhooks/\(secret.1)/rotate-secret", method: .post, headers: admin) {
                    $0.body.json["secret"] as? String ?? ""
                }
                let delivery = try #require(log.first?["id"] as? String)
                try await client.execute(uri: "/api/webhooks/\(secret.1)/deliveries/\(delivery)/retry", method: .post, headers: admin) {
                    #expect($0.status == .ok && $0.body.json["status"] as? String == "pending")
                }
                _ = await webhooks.deliverDue()
                let last = try #require(receiver.received.withLock { $0.last })
                #expect(!last.verified, "the old secret no longer verifies")
                #expect(Receiver.verify(header: last.signature, body: Data(last.body.utf8), secret: newSecret))
            }
        }
    }
}
