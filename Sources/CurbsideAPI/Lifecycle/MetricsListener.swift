import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// The operators' metrics listener: `GET /metrics` on an address of its own, without a token, run by the
/// application's service group.
struct MetricsListener: Service {
    let address: ServerConfiguration
    private let app: Application<RouterResponder<BasicRequestContext>>

    /// A listener on `address` serving the metrics of `services`; `log` hears where it listens.
    init(address: ServerConfiguration, services: CurbsideServices, logger: Logger, log: @escaping @Sendable (String) -> Void) {
        self.address = address
        let router = Router()
        router.get("metrics") { _, _ in await SystemController.metricsResponse(services) }
        app = Application(
            router: router, configuration: .init(address: .hostname(address.host, port: address.port), serverName: "curbside-metrics"),
            onServerRunning: { channel in
                log("metrics on http://\(address.host):\(channel.localAddress?.port ?? address.port)/metrics")
            },
            logger: logger
        )
    }

    func run() async throws {
        do {
            try await app.run()
        } catch {
            throw MetricsListenerError(address: address, reason: String(describing: error))
        }
    }
}

/// The metrics listener could not listen.
struct MetricsListenerError: Error, CustomStringConvertible {
    let address: ServerConfiguration
    let reason: String

    var description: String {
        "the metrics listener cannot listen on \(address.host):\(address.port) (\(reason)); choose another with --metrics-port or CURBSIDE_METRICS_PORT, or turn it off with CURBSIDE_METRICS_PORT=off"
    }
}
