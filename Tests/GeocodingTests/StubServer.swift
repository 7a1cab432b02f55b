import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Synchronization

/// What a stub provider server answers to one request.
struct StubResponse: Sendable {
    var status: HTTPResponse.Status = .ok
    var body: String = ""
    var headers: [String: String] = [:]
    /// How long to wait before answering (to provoke timeouts).
    var delay: Duration = .zero
}

/// The requests a stub server saw.
final class RequestLog: Sendable {
    struct Entry: Sendable {
        var path: String
        var query: [String: String]
        var userAgent: String?
    }

    private let entries = Mutex<[Entry]>([])
    var all: [Entry] { entries.withLock { $0 } }
    func append(_ entry: Entry) { entries.withLock { $0.append(entry) } }
}

/// Runs a loopback HTTP server answering GET `path` with `responses` in order (the last one repeats),
/// and calls `body` with its base URL.
func withStubServer(
    path: String, responses: [StubResponse], _ body: @Sendable (_ baseURL: String, _ log: RequestLog) async throws -> Void
) async throws {
    let log = RequestLog()
    let queue = Mutex(responses)
    let router = Router()
    router.get(RouterPath(path)) { request, _ -> Response in
        var query: [String: String] = [:]
        for (name, value) in request.uri.queryParameters { query[String(name)] = String(value) }
        log.append(.init(path: request.uri.path, query: query, userAgent: request.headers[.userAgent]))
        let stub = queue.withLock { $0.count > 1 ? $0.removeFirst() : $0[0] }
        if stub.delay > .zero { try? await Task.sleep(for: stub.delay) }
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        for (name, value) in stub.headers { headers[.init(name)!] = value }
        return Response(status: stub.status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: stub.body)))
    }
    let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    try await app.test(.live) { client in
        try await body("http://127.0.0.1:\(client.port!)", log)
    }
}
