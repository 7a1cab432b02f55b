import AsyncHTTPClient
import Foundation
import NIOCore

/// Requests to the outside services Curbside depends on (geocoding providers, Stripe, e-mail webhooks): one way to
/// send them, bound their time and body, and say why one failed.
public enum OutgoingHTTP {
    /// Sends `method url` with `headers` and `body`, waiting at most `timeout` for the whole answer and reading at
    /// most `maximumBodySize` bytes of it.
    public static func send(
        _ method: OutgoingMethod, _ url: String, headers: [(String, String)] = [], body: Data? = nil, client: HTTPClient,
        timeout: Duration, maximumBodySize: Int
    ) async throws(OutgoingFailure) -> OutgoingResponse {
        var request = HTTPClientRequest(url: url)
        switch method {
        case .get: request.method = .GET
        case .post: request.method = .POST
        }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let (seconds, attoseconds) = timeout.components
        let amount = TimeAmount.nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        do {
            let response = try await client.execute(request, timeout: amount)
            let collected = try await response.body.collect(upTo: maximumBodySize)
            return OutgoingResponse(
                status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) },
                body: Data(collected.readableBytesView)
            )
        } catch let error as HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout: throw .timeout
            default: throw .transport(String(describing: error))
            }
        } catch is CancellationError {
            throw .timeout
        } catch {
            throw .transport(String(describing: error))
        }
    }

    /// A short message from an error body: a top-level `message` or `error` string, Stripe's `error.message`, a list
    /// of `errors`, else the start of the text.
    public static func message(_ data: Data) -> String? {
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            if let message = object["message"] as? String { return message }
            if let error = object["error"] as? String { return error }
            if let error = object["error"] as? [String: Any], let message = error["message"] as? String { return message }
            if let errors = object["errors"] as? [String] { return errors.joined(separator: "; ") }
        }
        let text = String(decoding: data.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    /// `pairs` as `name=value&…`, each side percent-encoded: a query string or a form body.
    public static func formEncoded(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(percentEncode($0.0))=\(percentEncode($0.1))" }.joined(separator: "&")
    }

    /// `text` with everything but RFC 3986 unreserved characters percent-encoded.
    public static func percentEncode(_ text: String) -> String {
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
