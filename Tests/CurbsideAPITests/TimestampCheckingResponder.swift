import Hummingbird
import Testing

/// A responder that answers as `wrapped` does and records an `Issue` when a JSON or NDJSON response body has
/// `…_at` fields that are not RFC 3339 UTC timestamps (see `TimestampFields`), naming the request and the
/// fields. The body still streams through as written, with the same status, headers and trailers.
struct TimestampCheckingResponder<Wrapped: HTTPResponder>: HTTPResponder {
    typealias Context = Wrapped.Context

    let wrapped: Wrapped

    init(wrapping wrapped: Wrapped) {
        self.wrapped = wrapped
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        var response = try await wrapped.respond(to: request, context: context)
        let kind = TimestampFields.kind(ofContentType: response.headers[.contentType] ?? "")
        guard kind.json, !Self.exempt.contains(request.uri.path) else { return response }
        let route = "\(request.method) \(request.uri)"
        let body = response.body
        response.body = ResponseBody(contentLength: body.contentLength) { writer in
            try await body.write(CheckingWriter(parent: writer, route: route, lines: kind.lines))
        }
        return response
    }

    /// Bodies whose `…_at` keys are not values: the OpenAPI document names them as schema properties.
    static var exempt: Set<String> { ["/openapi.json"] }

    /// Passes the body on and keeps a copy, checked once the body is finished.
    private struct CheckingWriter: ResponseBodyWriter {
        var parent: any ResponseBodyWriter
        let route: String
        let lines: Bool
        var collected = ByteBuffer()

        init(parent: any ResponseBodyWriter, route: String, lines: Bool) {
            self.parent = parent
            self.route = route
            self.lines = lines
        }

        mutating func write(_ buffer: ByteBuffer) async throws {
            collected.writeImmutableBuffer(buffer)
            try await parent.write(buffer)
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
            let problems = TimestampFields.problems(in: collected, lines: lines)
            if !problems.isEmpty {
                let more = problems.count > 10 ? "; and \(problems.count - 10) more" : ""
                Issue.record("\(route): not an RFC 3339 UTC timestamp (yyyy-MM-ddTHH:mm:ssZ): \(problems.prefix(10).joined(separator: "; "))\(more)")
            }
            try await parent.finish(trailingHeaders)
        }
    }
}
