/// Where operators read the Prometheus metrics: a listener of their own, without a token (the usual scrape
/// set-up), and on the main port with the metrics token.
public struct MetricsConfiguration: Sendable, Equatable {
    /// The port the Prometheus exporters' convention gives an exporter: 9464.
    public static let defaultPort = 9464

    /// The metrics listener's address (`CURBSIDE_METRICS_HOST`, default 127.0.0.1); nil: no listener
    /// (`CURBSIDE_METRICS_PORT=off`).
    public var listener: ServerConfiguration? = ServerConfiguration(host: "127.0.0.1", port: MetricsConfiguration.defaultPort)
    /// `CURBSIDE_METRICS_TOKEN`: the bearer token that reads `/metrics` on the main port; nil: tenant tokens are
    /// refused there and only the listener serves them.
    public var token: String?

    public init() {}

    /// The defaults, overridden by what `environment` sets.
    init(environment: [String: String]) throws(ConfigurationError) {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let host = value("CURBSIDE_METRICS_HOST") { listener?.host = host }
        if let text = value("CURBSIDE_METRICS_PORT") { try setListenerPort(text) }
        if let token = value("CURBSIDE_METRICS_TOKEN") {
            guard token.utf8.count >= 16 else { throw .invalid("CURBSIDE_METRICS_TOKEN must have at least 16 characters") }
            self.token = token
        }
    }

    /// Sets the listener's port from a flag or variable: a port number (0: any free port), or `off`.
    public mutating func setListenerPort(_ text: String) throws(ConfigurationError) {
        if ["off", "none", "no", "false"].contains(text.lowercased()) {
            listener = nil
            return
        }
        guard let port = Int(text), (0...65_535).contains(port) else {
            throw .invalid("the metrics port must be a port number, or off (CURBSIDE_METRICS_PORT, --metrics-port)")
        }
        listener = ServerConfiguration(host: listener?.host ?? "127.0.0.1", port: port)
    }
}
