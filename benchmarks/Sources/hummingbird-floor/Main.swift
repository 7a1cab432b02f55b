import Foundation
import Hummingbird
import NIOCore
import NIOPosix

/// The framework's ceiling on this machine: a Hummingbird 2 server with the serve command's default settings (Swift
/// concurrency on its own pool; `--tasks-on-event-loops` as `CURBSIDE_TASKS_ON_EVENT_LOOPS=on`) and one route, `POST /match-zone`, that reads the body and answers a fixed
/// match result without authentication, routing work, matching or metrics. The single-lookups section of
/// `benchmarks/run` (`harness/single_lookups.py`) reports `/match-zone` as a share of it.
///
///     hummingbird-floor PORT [--tasks-on-event-loops]
@main
struct HummingbirdFloor {
    static func main() async throws {
        let arguments = CommandLine.arguments.dropFirst()
        if arguments.contains("--tasks-on-event-loops") {
            _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        }
        let port = arguments.first.flatMap(Int.init) ?? 8080
        let router = Router()
        let answer = ByteBuffer(string: #"{"method":"polygon","zone_id":"v300","zone_name":"Voronoi zone 300"}"#)
        let headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        router.post("match-zone") { request, context -> Response in
            _ = try await request.body.collect(upTo: 1 << 20)
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: answer))
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port)))
        try await app.runService()
    }
}
