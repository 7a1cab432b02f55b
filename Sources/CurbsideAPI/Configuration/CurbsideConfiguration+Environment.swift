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
        if let text = value("CURBSIDE_TASKS_ON_EVENT_LOOPS") {
            switch text.lowercased() {
            case "1", "true", "yes", "on": server.tasksOnEventLoops = true
            case "0", "false", "no", "off": server.tasksOnEventLoops = false
            default: throw .invalid("CURBSIDE_TASKS_ON_EVENT_LOOPS must be on or off")
            }
        }
        if value("MALLOC_ARENA_MAX") != nil { server.mallocArenas = nil }
        if let text = value("CURBSIDE_MALLOC_ARENAS") {
            guard let count = Int(text), (0...1_024).contains(count) else {
                throw .invalid("CURBSIDE_MALLOC_ARENAS must be a number from 0 (glibc's default) to 1024")
            }
            server.mallocArenas = count == 0 ? nil : count
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
        identityProvider = try Self.identityProvider(value)
        metrics = try MetricsConfiguration(environment: environment)
        outbox = OutboxConfiguration(environment: environment)
        zoneWatch = try ZoneWatchConfiguration(environment: environment)
        demo = ["1", "true", "yes", "on"].contains((environment["CURBSIDE_DEMO"] ?? "").lowercased())
    }
}

extension CurbsideConfiguration {
    /// The identity provider the variables `value` reads describe, if any.
    static func identityProvider(_ value: (String) -> String?) throws(ConfigurationError) -> IdentityProviderConfiguration? {
        let keySet: IdentityProviderKeys.Source
        switch (value("CURBSIDE_JWKS_FILE"), value("CURBSIDE_JWKS_URL")) {
        case (let file?, nil): keySet = .file(file)
        case (nil, let url?):
            guard url.hasPrefix("https://") || url.hasPrefix("http://") else { throw .invalid("CURBSIDE_JWKS_URL must be an http(s) URL") }
            keySet = .url(url)
        case (nil, nil):
            for name in ["CURBSIDE_JWT_ISSUER", "CURBSIDE_JWT_AUDIENCE", "CURBSIDE_JWT_TENANT_CLAIM", "CURBSIDE_JWT_ROLE_CLAIM"] where value(name) != nil {
                throw .invalid("\(name) applies to identity-provider tokens: set CURBSIDE_JWKS_FILE or CURBSIDE_JWKS_URL too")
            }
            return nil
        case (_?, _?): throw .invalid("set CURBSIDE_JWKS_FILE or CURBSIDE_JWKS_URL, not both")
        }
        return IdentityProviderConfiguration(
            keySet: keySet, issuer: value("CURBSIDE_JWT_ISSUER"), audience: value("CURBSIDE_JWT_AUDIENCE"),
            claimNames: ClaimNames(tenant: value("CURBSIDE_JWT_TENANT_CLAIM") ?? "tenant_id", role: value("CURBSIDE_JWT_ROLE_CLAIM") ?? "role")
        )
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
