/// Why a geocode has no result.
public enum GeocodingError: Error, Sendable, Equatable {
    /// The text is not a US address the normalizer can parse.
    case unparseable(AddressParseError)
    /// The provider knows no such address.
    case notFound(address: String, provider: String)
    /// The provider cannot be reached or keeps failing; try again later (after `retryAfter` when given).
    case providerUnavailable(provider: String, retryAfter: Duration?, reason: String)
    /// The provider refused the credentials (HTTP 401 or 403), or none were configured.
    case unauthorized(provider: String, reason: String)
    /// The provider answered in a way that cannot be understood, or rejected the request (other 4xx).
    case badResponse(provider: String, reason: String)
}

extension GeocodingError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unparseable(let error): return error.description
        case .notFound(let address, let provider): return "\(provider) found no match for \"\(address)\""
        case .providerUnavailable(let provider, let retryAfter, let reason):
            let after = retryAfter.map { ", retry after \(Int($0.seconds.rounded(.up)))s" } ?? ""
            return "the \(provider) geocoder is unavailable (\(reason))\(after)"
        case .unauthorized(let provider, let reason): return "the \(provider) geocoder refused the credentials (\(reason))"
        case .badResponse(let provider, let reason): return "the \(provider) geocoder gave an unusable answer (\(reason))"
        }
    }
}

/// One failed attempt at a provider, before the retry policy decides what to do.
public enum ProviderFailure: Error, Sendable, Equatable {
    /// HTTP 429; `retryAfter` from the response when it said.
    case rateLimited(retryAfter: Duration?)
    /// HTTP 5xx.
    case serverError(status: Int, retryAfter: Duration?)
    /// No answer within the request timeout.
    case timeout
    /// The connection failed.
    case transport(String)
    /// HTTP 401 or 403, or no key configured.
    case unauthorized(String)
    /// Another 4xx, or a body that cannot be decoded.
    case badResponse(String)

    /// Whether trying again may succeed.
    public var isRetryable: Bool {
        switch self {
        case .rateLimited, .serverError, .timeout, .transport: true
        case .unauthorized, .badResponse: false
        }
    }

    /// How long the provider asked callers to wait.
    public var retryAfter: Duration? {
        switch self {
        case .rateLimited(let after), .serverError(_, let after): after
        default: nil
        }
    }

    var summary: String {
        switch self {
        case .rateLimited: "HTTP 429 rate limited"
        case .serverError(let status, _): "HTTP \(status)"
        case .timeout: "timed out"
        case .transport(let reason): reason
        case .unauthorized(let reason): reason
        case .badResponse(let reason): reason
        }
    }
}
