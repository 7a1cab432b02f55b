import AsyncHTTPClient
import Customers
import Foundation
import NIOCore
import OutgoingHTTP

/// Posts signed events to subscriptions' endpoints over AsyncHTTPClient (keep-alive connections, per host), after
/// checking that the endpoint's host does not resolve to a link-local or metadata address.
public struct HTTPWebhookSender: WebhookSending {
    let client: HTTPClient
    let timeout: Duration
    let resolver: @Sendable (String) -> [String]

    public init(client: HTTPClient = .shared, timeout: Duration = .seconds(10), resolver: @escaping @Sendable (String) -> [String] = HostAddresses.resolve) {
        self.client = client
        self.timeout = timeout
        self.resolver = resolver
    }

    public func send(url: String, secret: String, eventID: String, body: Data, at date: Date) async throws -> Int {
        guard let host = URL(string: url)?.host?.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) else {
            throw OutboxDeliveryError.permanent("the endpoint URL has no host")
        }
        for address in resolver(host) {
            if let reason = WebhookURLPolicy.forbidden(host: address) {
                throw OutboxDeliveryError.permanent("\(host) resolves to \(address), which \(reason)")
            }
        }
        let headers = [
            ("Content-Type", "application/json"), ("User-Agent", "Curbside-Webhooks/1"), ("Curbside-Event-Id", eventID),
            ("Curbside-Signature", WebhookSignature.header(secret: secret, body: body, at: date)),
        ]
        do {
            let response = try await OutgoingHTTP.send(
                .post, url, headers: headers, body: body, client: client, timeout: timeout, maximumBodySize: 64 << 10
            )
            return Int(response.status)
        } catch {
            switch error {
            case .timeout: throw OutboxDeliveryError.retryable("timeout after \(timeout)")
            case .transport(let reason): throw OutboxDeliveryError.retryable("transport: \(reason)")
            }
        }
    }
}

/// The addresses a host name resolves to (a literal address is its own).
public enum HostAddresses {
    public static func resolve(_ host: String) -> [String] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var result: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &result) == 0, let first = result else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [String] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let info = cursor {
            var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if getnameinfo(info.pointee.ai_addr, info.pointee.ai_addrlen, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0 {
                addresses.append(String(cString: buffer))
            }
            cursor = info.pointee.ai_next
        }
        return addresses
    }
}
