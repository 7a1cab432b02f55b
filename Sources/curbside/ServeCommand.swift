import ArgumentParser
import CurbsideAPI
import CurbsideStore
import Foundation
import Hummingbird
import ZoneIndex

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP service.",
        discussion: """
            Every flag can also come from the environment: CURBSIDE_HOST, CURBSIDE_PORT, CURBSIDE_DATABASE (a postgres:// URL \
            or a SQLite file; CURBSIDE_DB for the file; CURBSIDE_DATABASE_CONNECTIONS, default 8, per replica), CURBSIDE_GEOCODER, \
            CURBSIDE_ADDRESS_POINTS, CURBSIDE_DEMO=1. Outbox delivery: CURBSIDE_EMAIL_WEBHOOK_URL (else e-mails are logged), \
            CURBSIDE_STRIPE_SECRET_KEY and CURBSIDE_STRIPE_URL (Stripe customers for new customers with an e-mail). The JWT secret comes from CURBSIDE_JWT_SECRET; without it one is generated and kept \
            beside the database. --demo seeds a demo tenant (the Austin sample zones, two service plans and route \
            templates) into an empty database and prints a token and example requests.
            """
    )

    @Option(help: "The address to listen on (env CURBSIDE_HOST; default 127.0.0.1).") var host: String?
    @Option(help: "The port to listen on (env CURBSIDE_PORT; default 8080).") var port: Int?
    @OptionGroup var geocoderOptions: GeocoderOptions
    @Flag(help: "Seed a demo tenant and print a token and example requests.") var demo = false
    @Option(help: "The zone file the demo tenant gets.") var demoZones = "zones/austin.geojson"

    static let demoTenant = "demo"

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let host = host ?? environment["CURBSIDE_HOST"] ?? "127.0.0.1"
        let port = try port ?? environment["CURBSIDE_PORT"].map { text in
            guard let value = Int(text), (0...65_535).contains(value) else { throw ValidationError("CURBSIDE_PORT must be a port number") }
            return value
        } ?? 8080
        let databasePath = geocoderOptions.databasePath()
        let connections = try environment["CURBSIDE_DATABASE_CONNECTIONS"].map { text in
            guard let value = Int(text), (1...1_000).contains(value) else {
                throw ValidationError("CURBSIDE_DATABASE_CONNECTIONS must be a number from 1 to 1000")
            }
            return value
        } ?? 8
        let services: CurbsideServices
        let secret: JWTSecret
        let outbox = OutboxConfiguration(environment: environment)
        do {
            secret = try JWTSecret.resolve(environment: environment, databasePath: databasePath)
            if secret.generated, let file = secret.file {
                Terminal.standardError("CURBSIDE_JWT_SECRET is not set: generated a secret and stored it in \(file)")
            }
            services = try await CurbsideServices.open(
                location: databasePath, connections: connections, geocoder: try geocoderOptions.configuration(), secret: secret.value,
                stripeEnabled: outbox.stripeEnabled
            )
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        }
        let demoFromEnvironment = ["1", "true", "yes", "on"].contains((environment["CURBSIDE_DEMO"] ?? "").lowercased())
        if demo || demoFromEnvironment { try await seedDemo(services, host: host, port: port) }
        Terminal.standardError("serving on http://\(host):\(port) (database \(services.storage), geocoder \(services.geocoder.provider.name))")
        let app = buildApplication(ServerConfiguration(host: host, port: port), services: services)
        // Zone changes by other replicas, or by `curbside zones import`, are picked up within half a second.
        let watcher = Task { await services.zones.watch(every: .milliseconds(500)) }
        defer { watcher.cancel() }
        // Welcome e-mails, Stripe customers and pending geocodes leave through the outbox, retried until delivered.
        let worker = outbox.worker(for: services)
        let delivery = Task { await worker.run(every: .seconds(1)) }
        defer { delivery.cancel() }
        // Upkeep: SQLite's write-ahead log would grow without bound under reads that never pause.
        let storage = services.storage
        let upkeep = Task { await storage.maintain(log: Terminal.standardError) }
        defer { upkeep.cancel() }
        try await app.runService()
        // Shutting down: the worker stops and gives back its claim on events it did not finish, so another
        // replica delivers them at once instead of when the claim would run out.
        delivery.cancel()
        await delivery.value
    }

    private func seedDemo(_ services: CurbsideServices, host: String, port: Int) async throws {
        let zones: [Zone]
        do {
            zones = try ZoneFile(contentsOf: URL(fileURLWithPath: demoZones), options: .init(tenantID: Self.demoTenant)).zones
        } catch {
            Terminal.standardError("error: the demo zones \(demoZones) cannot be read: \(error)")
            throw ExitCode.failure
        }
        if let summary = try await services.storage.seedDemo(tenant: Self.demoTenant, zones: zones, now: Date()) {
            try await services.zones.reload(tenant: Self.demoTenant)
            Terminal.standardError("seeded tenant \"\(Self.demoTenant)\": \(summary.zones) zones, \(summary.plans) service plans, \(summary.routeTemplates) route templates")
        } else {
            Terminal.standardError("tenant \"\(Self.demoTenant)\" already has zones; nothing seeded")
        }
        let token = try await services.authority.issue(tenant: Self.demoTenant, subject: "demo", lifetime: .seconds(30 * 86_400))
        let base = "http://\(host):\(port)"
        Terminal.standardOutput("""
            Demo token (tenant "\(Self.demoTenant)", valid 30 days):
            export TOKEN=\(token)

            curl -s -X POST \(base)/match-zone -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"lat":30.2747,"lng":-97.7404}'
            curl -s "\(base)/geocode?address=456%20Oak%20Ave%2C%20Austin%2C%20TX%2078702" -H "Authorization: Bearer $TOKEN"
            curl -s \(base)/api/service-zones -H "Authorization: Bearer $TOKEN"
            """)
    }
}
