import Foundation
import PostgresNIO

/// A PostgreSQL connection URL, taken apart.
struct PostgresLocation: CustomStringConvertible {
    /// The server's host name or address; empty when it is reached through `socketDirectory`.
    var host: String
    /// The directory of the server's Unix-domain socket (`?host=/var/run/postgresql`, as libpq spells it).
    var socketDirectory: String?
    var port: Int
    var username: String
    var password: String?
    var database: String?
    var sslMode: String
    /// The schema the tables live in, when not the user's default.
    var schema: String?

    /// Whether `text` names a PostgreSQL database rather than a SQLite file.
    static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Parses `postgres://user:password@host:port/database?sslmode=…&schema=…` (or `postgres://user@/database?host=/socket/dir`
    /// for a Unix-domain socket); the port defaults to 5432, the user to `postgres`, sslmode to `prefer`, the
    /// schema to the user's default.
    init(url text: String) throws {
        let expected = "expected postgres://user:password@host:5432/database"
        guard Self.isPostgresURL(text), let components = URLComponents(string: text) else { throw PostgresStoreError.badURL(expected) }
        let socketDirectory = components.queryItems?.first { $0.name == "host" }?.value.flatMap { $0.hasPrefix("/") ? $0 : nil }
        let host = components.host ?? ""
        guard !host.isEmpty || socketDirectory != nil else { throw PostgresStoreError.badURL(expected) }
        self.host = host
        self.socketDirectory = host.isEmpty ? socketDirectory : nil
        port = components.port ?? 5432
        username = components.user?.removingPercentEncoding ?? "postgres"
        password = components.password?.removingPercentEncoding
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? nil : path.removingPercentEncoding
        sslMode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        schema = components.queryItems?.first { $0.name == "schema" }?.value.flatMap { $0.isEmpty ? nil : $0 }
        guard ["disable", "prefer", "require"].contains(sslMode) else {
            throw PostgresStoreError.badURL("sslmode must be disable, prefer or require")
        }
    }

    var clientConfiguration: PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS
        switch sslMode {
        case "disable": tls = .disable
        case "require": tls = .require(.makeClientConfiguration())
        default: tls = .prefer(.makeClientConfiguration())
        }
        if let socketPath {
            return PostgresClient.Configuration(unixSocketPath: socketPath, username: username, password: password, database: database)
        }
        return PostgresClient.Configuration(host: host, port: port, username: username, password: password, database: database, tls: tls)
    }

    /// The settings of a single connection to the same database, for checking that it can be reached.
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch sslMode {
        case "disable": tls = .disable
        case "require": tls = .require(try .init(configuration: .makeClientConfiguration()))
        default: tls = .prefer(try .init(configuration: .makeClientConfiguration()))
        }
        var configuration = socketPath.map {
            PostgresConnection.Configuration(unixSocketPath: $0, username: username, password: password, database: database)
        } ?? PostgresConnection.Configuration(host: host, port: port, username: username, password: password, database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(10)
        return configuration
    }

    /// The socket file in `socketDirectory`, as the server names it.
    var socketPath: String? {
        socketDirectory.map { "\($0)/.s.PGSQL.\(port)" }
    }

    var description: String {
        (socketPath.map { "postgres://\(username)@\($0)/\(database ?? "")" } ?? "postgres://\(username)@\(host):\(port)/\(database ?? "")") + (schema.map { " (schema \($0))" } ?? "")
    }
}

/// Why a PostgreSQL store cannot be used.
public enum PostgresStoreError: Error, CustomStringConvertible {
    case badURL(String)
    /// The server refused a statement: its SQLSTATE code and message.
    case server(sqlState: String, message: String)
    /// The connection failed.
    case connection(String)

    public var description: String {
        switch self {
        case .badURL(let message): "bad PostgreSQL URL: \(message)"
        case .server(let state, let message): "PostgreSQL error \(state): \(message)"
        case .connection(let message): "PostgreSQL connection error: \(message)"
        }
    }
}
