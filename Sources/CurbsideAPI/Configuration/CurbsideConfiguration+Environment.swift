import Geocoding

extension CurbsideConfiguration {
    /// The defaults, overridden by what `environment` sets.
    public init(environment: [String: String]) throws(ConfigurationError) {
        self.init()
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let host = value("CURBSIDE_HOST") { server.host = host }
        if let text = value("CURBSIDE_PORT") {
            guard let port = Int(text), (0...65_535).contains(port) else { throw .invalid("CURBSIDE_PORT must be a port number") }
            server.port = port
        }
        if let location = value("CURBSIDE_DATABASE") ?? value("CURBSIDE_DB") { database.location = location }
        if let text = value("CURBSIDE_DATABASE_CONNECTIONS") {
            guard let count = Int(text), (1...1_000).contains(count) else {
                throw .invalid("CURBSIDE_DATABASE_CONNECTIONS must be a number from 1 to 1000")
            }
            database.connections = count
        }
        do { geocoder = try GeocoderConfiguration(environment: environment) } catch { throw .invalid(error.description) }
        jwtSecret = value("CURBSIDE_JWT_SECRET")
        outbox = OutboxConfiguration(environment: environment)
        demo = ["1", "true", "yes", "on"].contains((environment["CURBSIDE_DEMO"] ?? "").lowercased())
    }
}

/// Why a configuration cannot be used.
public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let message): message
        }
    }
}
