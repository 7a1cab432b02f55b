import Logging
import NIOPosix
import PostgresNIO
import Zones

/// The zone changes of a PostgreSQL database: the `curbside_zones` notifications its trigger sends, with the
/// tenant as payload, as each transaction that changes a tenant's zones commits (migration
/// `curbside v6 zone notifications`), whoever the writer. Each sequence listens on a connection of its own, which
/// must be a session of its own on the server (a pooler in transaction mode loses the `LISTEN`), and ends when the
/// server stops answering on it within `heartbeat`.
public struct PostgresZoneChangeFeed: ZoneChangeFeed {
    /// The channel the trigger notifies.
    public static let channel = "curbside_zones"
    /// The `application_name` of listening connections unless told otherwise.
    public static let defaultApplicationName = "curbside zone listener"

    private let location: PostgresLocation
    /// The `application_name` of the listening connection, by which operators (and tests) find its backend.
    public let applicationName: String
    private let heartbeat: Duration
    private let logger: Logger

    /// A feed listening on the database `url` (the form `PostgresStore` takes); `heartbeat` is how often the
    /// connection is checked, and how long an answer may take.
    public init(
        url: String, heartbeat: Duration = .seconds(10), applicationName: String = Self.defaultApplicationName,
        logger: Logger = Logger(label: "curbside.postgres.listen")
    ) throws {
        location = try PostgresLocation(url: url)
        self.applicationName = applicationName
        self.heartbeat = heartbeat
        var quiet = logger
        quiet.logLevel = .warning
        self.logger = quiet
    }

    public var description: String { location.description }

    public func changes() -> AsyncThrowingStream<ZoneChange, any Error> {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: ZoneChange.self)
        let task = Task {
            do {
                try await listen(into: continuation)
                continuation.finish()
            } catch {
                continuation.finish(throwing: error)
            }
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// Connects, listens and passes on every notification until the connection fails or the task is cancelled.
    private func listen(into continuation: AsyncThrowingStream<ZoneChange, any Error>.Continuation) async throws {
        var configuration = try location.connectionConfiguration()
        configuration.options.additionalStartupParameters.append(("application_name", applicationName))
        let connection = try await PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 0, logger: logger
        ).get()
        do {
            try await connection.listen(on: Self.channel) { notifications in
                continuation.yield(.listening)
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for try await notification in notifications { continuation.yield(.tenant(notification.payload)) }
                    }
                    group.addTask { try await checkAnswers(connection) }
                    defer { group.cancelAll() }
                    try await group.next()
                }
            }
        } catch {
            try? await connection.close()
            throw error
        }
        try? await connection.close()
    }

    /// Asks the server a trivial question every `heartbeat` and closes `connection` when the answer takes longer
    /// (a connection can die without a word, and then no notification comes); returns only by throwing.
    private func checkAnswers(_ connection: PostgresConnection) async throws {
        while true {
            try await Task.sleep(for: heartbeat)
            let deadline = Task { [heartbeat] in
                try await Task.sleep(for: heartbeat)
                try? await connection.close()
            }
            defer { deadline.cancel() }
            for try await _ in try await connection.query("SELECT 1", logger: logger) {}
        }
    }
}
