import Foundation
import Hummingbird

/// Every error the API answers with, in one shape: `{"error":{"code":"…","message":"…"}}`.
public struct APIError: HTTPResponseError, Sendable, Equatable {
    public var status: HTTPResponse.Status
    /// A stable machine-readable code, e.g. `invalid_json`, `validation_failed`, `not_found`.
    public var code: String
    /// What went wrong, in words, naming the field when one is at fault.
    public var message: String
    /// Extra headers, e.g. `Retry-After` or `Allow`.
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:]) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers = self.headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }

    /// The JSON body, `{"error":{"code":…,"message":…}}`.
    var body: ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(40 + code.utf8.count + message.utf8.count)
        buffer.writeStaticString("{\"error\":{\"code\":")
        JSONStringLiteral.append(code, to: &buffer)
        buffer.writeStaticString(",\"message\":")
        JSONStringLiteral.append(message, to: &buffer)
        buffer.writeStaticString("}}")
        return buffer
    }
}

extension APIError {
    static func invalidJSON(_ message: String) -> APIError { .init(.badRequest, code: "invalid_json", message: message) }
    static func badQuery(_ message: String) -> APIError { .init(.badRequest, code: "invalid_query", message: message) }
    static func validation(_ message: String) -> APIError { .init(.unprocessableContent, code: "validation_failed", message: message) }
    static func unauthorized(_ message: String) -> APIError {
        .init(.unauthorized, code: "unauthorized", message: message, headers: [.wwwAuthenticate: "Bearer"])
    }
    static func forbidden(_ message: String) -> APIError { .init(.forbidden, code: "forbidden", message: message) }
    static func notFound(_ message: String) -> APIError { .init(.notFound, code: "not_found", message: message) }
    static func conflict(_ message: String) -> APIError { .init(.conflict, code: "conflict", message: message) }
    static let internalError = APIError(.internalServerError, code: "internal_error", message: "the server failed to handle the request")
}
