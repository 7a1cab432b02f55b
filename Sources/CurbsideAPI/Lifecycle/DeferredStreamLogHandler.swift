import Logging

/// swift-log's standard-error lines, formatted only when a line is written: the server gives every request's logger
/// a request id and logs few requests, and the stream handler would format its metadata on every change.
struct DeferredStreamLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]
    var metadataProvider: Logger.MetadataProvider? = LoggingSystem.metadataProvider

    init(label: String) {
        self.label = label
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var handler = StreamLogHandler.standardError(label: label, metadataProvider: metadataProvider)
        handler.logLevel = logLevel
        handler.metadata = metadata
        handler.log(event: event)
    }
}

extension Logger {
    /// The server's logger: lines on standard error, at `info` and above.
    static func server(label: String = "curbside") -> Logger {
        Logger(label: label, factory: DeferredStreamLogHandler.init)
    }
}
