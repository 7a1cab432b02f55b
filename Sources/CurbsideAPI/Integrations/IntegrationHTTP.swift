import AsyncHTTPClient
import Customers
import Foundation
import NIOCore

/// POST requests to the systems the outbox delivers to, with HTTP failures turned into `OutboxDeliveryError`s:
/// 429, 5xx, timeouts and connection failures are retryable; any other non-2xx answer is permanent.
enum IntegrationHTTP {
    /// The largest response body read.
    static let maximumBodySize = 1 << 20

    /// The body of a 2xx answer to POST `body` to `url`.
    static func post(
        _ url: String, body: Data, contentType: String, headers: [(String, String)], client: HTTPClient, timeout: Duration
    ) async throws(OutboxDeliveryError) -> Data {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: contentType)
        request.headers.add(name: "Accept", value: "application/json")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.body = .bytes(ByteBuffer(bytes: body))
        let (seconds, attoseconds) = timeout.components
        let amount = TimeAmount.nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        let status: Int
        let data: Data
        do {
            let response = try await client.execute(request, timeout: amount)
            status = Int(response.status.code)
            data = Data((try await response.body.collect(upTo: maximumBodySize)).readableBytesView)
        } catch let error as HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout: throw .retryable("timeout after \(timeout)")
            default: throw .retryable("transport: \(error)")
            }
        } catch {
            throw .retryable("transport: \(error)")
        }
        switch status {
        case 200..<300: return data
        case 429, 500..<600: throw .retryable("HTTP \(status)\(message(data).map { ": \($0)" } ?? "")")
        default: throw .permanent("HTTP \(status)\(message(data).map { ": \($0)" } ?? "")")
        }
    }

    /// A short message from an error body: Stripe's `error.message`, a top-level `message` or `error`, else the
    /// start of the text.
    static func message(_ data: Data) -> String? {
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            if let error = object["error"] as? [String: Any], let message = error["message"] as? String { return message }
            if let message = object["message"] as? String { return message }
            if let error = object["error"] as? String { return error }
        }
        let text = String(decoding: data.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// `pairs` as an `application/x-www-form-urlencoded` body.
    static func formEncoded(_ pairs: [(String, String)]) -> Data {
        Data(pairs.map { "\(percentEncode($0.0))=\(percentEncode($0.1))" }.joined(separator: "&").utf8)
    }

    /// `text` with everything but RFC 3986 unreserved characters percent-encoded.
    static func percentEncode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }
}
