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
    /// Each problem of a refused file, by feature (a zone-file import); empty otherwise.
    public var problems: [Problem]

    /// One problem of a refused file: the feature's position from 0, its id when it has one, what is wrong, and
    /// whether asking for repair would fix it.
    public struct Problem: Sendable, Equatable {
        public var featureIndex: Int
        public var featureID: String?
        public var message: String
        public var repairable: Bool
    }

    public init(_ status: HTTPResponse.Status, code: String, message: String, headers: HTTPFields = [:], problems: [Problem] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
        self.problems = problems
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
        if !problems.isEmpty {
            buffer.writeStaticString(",\"problems\":[")
            for (index, problem) in problems.enumerated() {
                if index > 0 { buffer.writeStaticString(",") }
                buffer.writeString("{\"feature_index\":\(problem.featureIndex),\"feature_id\":")
                if let id = problem.featureID { JSONStringLiteral.append(id, to: &buffer) } else { buffer.writeStaticString("null") }
                buffer.writeStaticString(",\"message\":")
                JSONStringLiteral.append(problem.message, to: &buffer)
                buffer.writeString(",\"repairable\":\(problem.repairable)}")
            }
            buffer.writeStaticString("]")
        }
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
