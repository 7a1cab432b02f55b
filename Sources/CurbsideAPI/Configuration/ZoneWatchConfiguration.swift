import CurbsideStore
import Zones

/// How a server learns of the zone changes other processes make (another replica, `curbside zones import`): on
/// PostgreSQL it listens for them as they commit, and polls the zone revisions seldom, in case the listening
/// connection missed some; on SQLite, or with listening off, it polls often.
public struct ZoneWatchConfiguration: Sendable, Equatable {
    /// Whether a server on PostgreSQL listens for zone changes (`CURBSIDE_ZONE_LISTEN`, default on; `off` polls only).
    public var listens = true
    /// Where to listen (`CURBSIDE_ZONE_LISTEN_URL`): a `postgres://` URL of the same database that reaches PostgreSQL
    /// directly or through a session-mode pool (a transaction-mode pool loses `LISTEN`); nil: the database's URL.
    public var listenURL: String?
    /// How often to poll when not listening (`CURBSIDE_ZONE_POLL_SECONDS`, default 0.5).
    public var pollInterval: Duration = .milliseconds(500)
    /// How often to poll while listening, as a safety net (`CURBSIDE_ZONE_LISTENING_POLL_SECONDS`, default 30).
    public var listeningPollInterval: Duration = .seconds(30)

    public init() {}

    /// The defaults, overridden by what `environment` sets.
    init(environment: [String: String]) throws(ConfigurationError) {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let text = value("CURBSIDE_ZONE_LISTEN") {
            switch text.lowercased() {
            case "on", "1", "true", "yes": listens = true
            case "off", "0", "false", "no": listens = false
            default: throw .invalid("CURBSIDE_ZONE_LISTEN must be on or off")
            }
        }
        if let url = value("CURBSIDE_ZONE_LISTEN_URL") {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw .invalid("CURBSIDE_ZONE_LISTEN_URL must be a postgres:// URL")
            }
            listenURL = url
        }
        if let text = value("CURBSIDE_ZONE_POLL_SECONDS") { pollInterval = try Self.seconds(text, "CURBSIDE_ZONE_POLL_SECONDS") }
        if let text = value("CURBSIDE_ZONE_LISTENING_POLL_SECONDS") {
            listeningPollInterval = try Self.seconds(text, "CURBSIDE_ZONE_LISTENING_POLL_SECONDS")
        }
    }

    /// `text` as a duration of 0.01 to 86,400 seconds.
    private static func seconds(_ text: String, _ name: String) throws(ConfigurationError) -> Duration {
        guard let seconds = Double(text), seconds >= 0.01, seconds <= 86_400 else {
            throw .invalid("\(name) must be a number of seconds from 0.01 to 86400")
        }
        return .milliseconds(Int((seconds * 1000).rounded()))
    }
}

extension ZoneWatchConfiguration {
    /// What tells a server on `database` of zone changes as they commit: nil on SQLite or with listening off.
    func feed(for database: DatabaseConfiguration) throws -> (any ZoneChangeFeed)? {
        if listenURL != nil && !StorageLocation.isPostgres(database.location) {
            throw ConfigurationError.invalid("CURBSIDE_ZONE_LISTEN_URL applies to a PostgreSQL database (CURBSIDE_DATABASE)")
        }
        guard listens else { return nil }
        return try StorageLocation.zoneChangeFeed(database.location, listenURL: listenURL)
    }
}
