import AsyncHTTPClient
import Foundation
import OutgoingHTTP

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
        let response: OutgoingResponse
        do {
            response = try await OutgoingHTTP.send(
                .get, options.baseURL + path + "?" + OutgoingHTTP.formEncoded(query), headers: [("Accept", "application/json")] + headers,
                client: options.client, timeout: options.timeout, maximumBodySize: maximumBodySize
            )
        } catch {
            switch error {
            case .timeout: throw .timeout
            case .transport(let reason): throw .transport(reason)
            }
        }
        let retryAfter = RetryAfter.parse(response.headers, now: now)
        switch response.status {
        case 200..<300: return response.body
        case 401, 403: throw .unauthorized(response.summary)
        case 429: throw .rateLimited(retryAfter: retryAfter)
        case 500..<600: throw .serverError(status: response.status, retryAfter: retryAfter)
        default: throw .badResponse(response.summary)
        }
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
