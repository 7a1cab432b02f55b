import ArgumentParser
import CurbsideAPI
import CurbsideStore
import Foundation
import Hummingbird
import NIOCore
import NIOPosix
import ZoneIndex

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP service.",
        discussion: """
            Every flag can also come from the environment: CURBSIDE_HOST, CURBSIDE_PORT, CURBSIDE_DATABASE (a postgres:// URL \
            or a SQLite file; CURBSIDE_DB for the file; CURBSIDE_DATABASE_CONNECTIONS, default 8, per replica), CURBSIDE_GEOCODER, \
            CURBSIDE_ADDRESS_POINTS, CURBSIDE_DEMO=1. Outbox delivery: CURBSIDE_EMAIL_WEBHOOK_URL (else e-mails are logged), \
            CURBSIDE_STRIPE_SECRET_KEY and CURBSIDE_STRIPE_URL (Stripe customers for new customers with an e-mail). Webhooks: \
            CURBSIDE_WEBHOOKS_ALLOW_HTTP=1 lets subscriptions name plain http endpoints on any host (else https, or http to \
            loopback). Scheduled zone versions are applied by the outbox worker when their date comes. The JWT secret comes from CURBSIDE_JWT_SECRET; without it one is generated and kept \
            beside the database. Identity-provider tokens (RS256, ES256): CURBSIDE_JWKS_FILE or CURBSIDE_JWKS_URL, with \
            CURBSIDE_JWT_ISSUER, CURBSIDE_JWT_AUDIENCE, CURBSIDE_JWT_TENANT_CLAIM and CURBSIDE_JWT_ROLE_CLAIM. Metrics: a \
            listener of their own (--metrics-host, --metrics-port; default 127.0.0.1:9464, no token), and /metrics on \
            the main port with CURBSIDE_METRICS_TOKEN. CURBSIDE_TASKS_ON_EVENT_LOOPS=on runs tasks on the server's event loops \
            (faster single requests, slower batches). CURBSIDE_MALLOC_ARENAS caps glibc's malloc arenas (default the \
            number of cores; 0 leaves glibc's own). Zone changes by other processes: on PostgreSQL each replica LISTENs \
            for them (CURBSIDE_ZONE_LISTEN=on|off; CURBSIDE_ZONE_LISTEN_URL for a connection that reaches PostgreSQL \
            directly or through a session-mode pool, as a transaction-mode PgBouncer loses LISTEN) and polls every \
            CURBSIDE_ZONE_LISTENING_POLL_SECONDS (30) as a safety net; on SQLite, or not listening, it polls every \
            CURBSIDE_ZONE_POLL_SECONDS (0.5). --demo seeds a demo tenant (the Austin sample zones, built in, two service plans and route \
            templates) into an empty database and prints a token and example requests.
            """
    )

    @Option(help: "The address to listen on (env CURBSIDE_HOST; default 127.0.0.1).") var host: String?
    @Option(help: "The port to listen on (env CURBSIDE_PORT; default 8080).") var port: Int?
    @OptionGroup var geocoderOptions: GeocoderOptions
    @Option(help: "The metrics listener's address (env CURBSIDE_METRICS_HOST; default 127.0.0.1).") var metricsHost: String?
    @Option(help: "The metrics listener's port, 0 for any free one, or off (env CURBSIDE_METRICS_PORT; default 9464).") var metricsPort: String?
    @Flag(help: "Seed a demo tenant and print a token and example requests.") var demo = false
    @Option(help: "A zone file for the demo tenant instead of the built-in Austin sample.") var demoZones: String?

    func run() async throws {
        let app: any ApplicationProtocol
        do {
            var configuration = try CurbsideConfiguration.fromEnvironment()
            if let arenas = configuration.server.mallocArenas { MallocArenas.limit(arenas) }
            if configuration.server.tasksOnEventLoops {
                // Before anything awaits: from here on every task runs on the event loops the server reads from.
                _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
            }
            if let host { configuration.server.host = host }
            if let port { configuration.server.port = port }
            if demo { configuration.demo = true }
            if let metricsHost { configuration.metrics.listener?.host = metricsHost }
            if let metricsPort { try configuration.metrics.setListenerPort(metricsPort) }
            try geocoderOptions.apply(to: &configuration)
            let secret = try configuration.resolveSecret()
            if let secret, secret.generated, let file = secret.file {
                Terminal.standardError("CURBSIDE_JWT_SECRET is not set: generated a secret and stored it in \(file)")
            }
            configuration.jwtSecret = secret?.value
            let demo = configuration.demo ? DemoTenant(zonesPath: demoZones, server: configuration.server) : nil
            let demoZones = try demo?.zones()
            let server = configuration.server
            app = try await buildApplication(configuration: configuration, log: Terminal.standardError) { services in
                if let demo, let demoZones { try await demo.seed(demoZones, into: services) }
                Terminal.standardError(
                    "serving on http://\(server.host):\(server.port) (database \(services.storage), geocoder \(services.geocoder.provider.name))"
                )
            }
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        }
        do {
            try await app.runService()
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
