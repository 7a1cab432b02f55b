import AsyncHTTPClient
import Customers
import Foundation
import OutgoingHTTP

/// POST requests to the systems the outbox delivers to, with HTTP failures turned into `OutboxDeliveryError`s:
/// 429, 5xx, timeouts and connection failures are retryable; any other non-2xx answer is permanent.
enum IntegrationHTTP {
    /// The largest response body read.
    static let maximumBodySize = 1 << 20

    /// The body of a 2xx answer to POST `body` to `url`.
    static func post(
        _ url: String, body: Data, contentType: String, headers: [(String, String)], client: HTTPClient, timeout: Duration
    ) async throws(OutboxDeliveryError) -> Data {
        let response: OutgoingResponse
        do {
            response = try await OutgoingHTTP.send(
                .post, url, headers: [("Content-Type", contentType), ("Accept", "application/json")] + headers, body: body,
                client: client, timeout: timeout, maximumBodySize: maximumBodySize
            )
        } catch {
            switch error {
            case .timeout: throw .retryable("timeout after \(timeout)")
            case .transport(let reason): throw .retryable("transport: \(reason)")
            }
        }
        switch response.status {
        case 200..<300: return response.body
        case 429, 500..<600: throw .retryable(response.summary)
        default: throw .permanent(response.summary)
        }
    }

    /// `pairs` as an `application/x-www-form-urlencoded` body.
    static func formEncoded(_ pairs: [(String, String)]) -> Data {
        Data(OutgoingHTTP.formEncoded(pairs).utf8)
    }
}
