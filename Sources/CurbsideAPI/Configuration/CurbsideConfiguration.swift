import Foundation
import Geocoding

/// Everything a Curbside server is configured with, built once by the executable (flags, then the environment,
/// then these defaults) and passed down; nothing else reads the environment.
public struct CurbsideConfiguration: Sendable {
    /// Where the server listens (`CURBSIDE_HOST`, `CURBSIDE_PORT`).
    public var server = ServerConfiguration()
    /// The database (`CURBSIDE_DATABASE`, `CURBSIDE_DB`, `CURBSIDE_DATABASE_CONNECTIONS`).
    public var database = DatabaseConfiguration()
    /// The geocoder (`CURBSIDE_GEOCODER`, `MAPBOX_ACCESS_TOKEN`, `CURBSIDE_*_URL`, …).
    public var geocoder = GeocoderConfiguration()
    /// The JWT secret (`CURBSIDE_JWT_SECRET`); nil lets `JWTSecret.resolve` keep one beside a SQLite database.
    public var jwtSecret: String?
    /// Tokens from an identity provider (`CURBSIDE_JWKS_FILE` or `CURBSIDE_JWKS_URL`, `CURBSIDE_JWT_ISSUER`,
    /// `CURBSIDE_JWT_AUDIENCE`, `CURBSIDE_JWT_TENANT_CLAIM`, `CURBSIDE_JWT_ROLE_CLAIM`); nil: HS256 tokens only.
    public var identityProvider: IdentityProviderConfiguration?
    /// Where operators read `/metrics` (`CURBSIDE_METRICS_HOST`, `CURBSIDE_METRICS_PORT`, `CURBSIDE_METRICS_TOKEN`).
    public var metrics = MetricsConfiguration()
    /// Where outbox events go (`CURBSIDE_EMAIL_WEBHOOK_URL`, `CURBSIDE_STRIPE_*`, `CURBSIDE_OUTBOX_LEASE_SECONDS`).
    public var outbox = OutboxConfiguration()
    /// Whether to seed the demo tenant (`CURBSIDE_DEMO`).
    public var demo = false
    /// How the server learns of zone changes made by other processes (`CURBSIDE_ZONE_LISTEN`,
    /// `CURBSIDE_ZONE_LISTEN_URL`, `CURBSIDE_ZONE_POLL_SECONDS`, `CURBSIDE_ZONE_LISTENING_POLL_SECONDS`).
    public var zoneWatch = ZoneWatchConfiguration()
    /// How often the outbox worker looks for due events.
    public var outboxInterval: Duration = .seconds(1)

    /// The defaults: SQLite in `curbside.sqlite`, the offline geocoder, 127.0.0.1:8080.
    public init() {}
}

/// Where the server listens.
public struct ServerConfiguration: Sendable, Equatable {
    public var host: String
    public var port: Int
    /// Whether `curbside serve` runs Swift concurrency's tasks on the server's event loops rather than on a pool of
    /// their own (`CURBSIDE_TASKS_ON_EVENT_LOOPS`, default off): single requests gain by sparing two thread switches
    /// each, batches lose, as matching then competes with reading the body on the same threads.
    public var tasksOnEventLoops: Bool
    /// The most malloc arenas glibc keeps for `curbside serve` (`CURBSIDE_MALLOC_ARENAS`, default the number of
    /// cores); nil leaves glibc's own (8 per core, or `MALLOC_ARENA_MAX` when set). With more arenas than cores,
    /// memory freed by one request and wanted by the next sits in another arena, and the server's memory creeps up.
    public var mallocArenas: Int?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, tasksOnEventLoops: Bool = false,
        mallocArenas: Int? = max(2, ProcessInfo.processInfo.activeProcessorCount)
    ) {
        self.host = host
        self.port = port
        self.tasksOnEventLoops = tasksOnEventLoops
        self.mallocArenas = mallocArenas
    }
}

/// Which database the server keeps everything in.
public struct DatabaseConfiguration: Sendable {
    /// A `postgres://` URL, or a SQLite file path.
    public var location = "curbside.sqlite"
    /// The most connections one replica opens to PostgreSQL.
    public var connections = 8

    public init(location: String = "curbside.sqlite", connections: Int = 8) {
        self.location = location
        self.connections = connections
    }
}
