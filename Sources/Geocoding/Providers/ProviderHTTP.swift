import AsyncHTTPClient
import Foundation
import NIOCore

/// How a hosted provider is reached.
public struct HTTPProviderOptions: Sendable {
    /// The scheme, host and optional path prefix requests go to, e.g. `https://api.mapbox.com`.
    public var baseURL: String
    /// How long one request may take before it counts as a timeout.
    public var timeout: Duration
    /// The client requests are sent with.
    public var client: HTTPClient

    public init(baseURL: String, timeout: Duration = .seconds(10), client: HTTPClient = .shared) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.timeout = timeout
        self.client = client
    }
}

/// GET requests to a provider, with HTTP failures turned into `ProviderFailure`s.
enum ProviderHTTP {
    /// The largest response body read.
    static let maximumBodySize = 4 << 20

    /// The body of a 2xx answer to GET `path?query` at `options.baseURL`.
    static func get(
        _ path: String, query: [(String, String)], headers: [(String, String)] = [], options: HTTPProviderOptions,
        now: Date = Date()
    ) async throws(ProviderFailure) -> Data {
        let url = options.baseURL + path + "?" + query.map { "\(percentEncode($0.0))=\(percentEncode($0.1))" }.joined(separator: "&")
        var request = HTTPClientRequest(url: url)
        request.method = .GET
        request.headers.add(name: "Accept", value: "application/json")
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let timeout = TimeAmount.nanoseconds(Int64(options.timeout.seconds * 1e9))
        let status: Int
        let body: ByteBuffer
        let responseHeaders: [(String, String)]
        do {
            let response = try await options.client.execute(request, timeout: timeout)
            status = Int(response.status.code)
            responseHeaders = response.headers.map { ($0.name, $0.value) }
            body = try await response.body.collect(upTo: maximumBodySize)
        } catch let error as HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout: throw .timeout
            default: throw .transport(String(describing: error))
            }
        } catch {
            if error is CancellationError { throw .timeout }
            throw .transport(String(describing: error))
        }
        let data = Data(body.readableBytesView)
        let retryAfter = RetryAfter.parse(responseHeaders, now: now)
        switch status {
        case 200..<300:
            return data
        case 401, 403:
            throw .unauthorized("HTTP \(status)\(message(data).map { ": \($0)" } ?? "")")
        case 429:
            throw .rateLimited(retryAfter: retryAfter)
        case 500..<600:
            throw .serverError(status: status, retryAfter: retryAfter)
        default:
            throw .badResponse("HTTP \(status)\(message(data).map { ": \($0)" } ?? "")")
        }
    }

    /// A short message from an error body (`message`, `error` or `errors` in JSON, else the text).
    static func message(_ data: Data) -> String? {
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            if let message = object["message"] as? String { return message }
            if let error = object["error"] as? String { return error }
            if let errors = object["errors"] as? [String] { return errors.joined(separator: "; ") }
        }
        let text = String(decoding: data.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
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

/// Reading how long a provider asks us to wait.
enum RetryAfter {
    /// `Retry-After` in seconds or as an HTTP date; else Mapbox's `X-Rate-Limit-Reset` (epoch seconds).
    static func parse(_ headers: [(String, String)], now: Date) -> Duration? {
        func header(_ name: String) -> String? {
            headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1.trimmingCharacters(in: .whitespaces)
        }
        if let value = header("Retry-After") {
            if let seconds = Double(value), seconds >= 0, seconds.isFinite { return .seconds(seconds) }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
            if let date = formatter.date(from: value) { return .seconds(max(0, date.timeIntervalSince(now))) }
        }
        if let value = header("X-Rate-Limit-Reset"), let epoch = Double(value), epoch.isFinite {
            return .seconds(max(0, epoch - now.timeIntervalSince1970))
        }
        return nil
    }
}
