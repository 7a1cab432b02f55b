import Foundation

/// An outside service's answer: its status, headers and (bounded) body.
public struct OutgoingResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: Data

    public init(status: Int, headers: [(String, String)], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// "HTTP 404" followed by the body's message, for errors.
    public var summary: String {
        "HTTP \(status)\(OutgoingHTTP.message(body).map { ": \($0)" } ?? "")"
    }
}

/// The methods Curbside sends.
public enum OutgoingMethod: Sendable {
    case get, post
}

/// Why an outgoing request got no answer.
public enum OutgoingFailure: Error, Sendable, Equatable {
    /// No complete answer within the time allowed.
    case timeout
    /// The connection failed; the text says how.
    case transport(String)
}
