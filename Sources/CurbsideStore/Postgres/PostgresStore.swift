import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

/// A PostgreSQL database holding the curbside tables, migrated to the current schema, shared by every replica
/// that connects to it.
///
/// Stores run their work as a synchronous closure over one connection, in one transaction, as they do with
/// SQLite: the closure runs on a thread of the store's own pool and waits there for the answers it reads (see
/// `PostgresSession`), so the business rules that run inside a transaction are the same code for both databases.
public final class PostgresStore: Sendable {
    /// The connection pool.
    let client: PostgresClient
    /// The threads transactions run on, one per connection the pool may open.
    private let threads: NIOThreadPool
    /// The pool's runner when the store runs itself (`open`), rather than as a service of an application.
    private let ownRunner = Mutex<Task<Void, Never>?>(nil)
    let logger: Logger
    /// Where the database is, without the password.
    public let location: String
    private let parsedLocation: PostgresLocation
    /// The schema the tables are in, when not the user's default one.
    public let schema: String?
    private let geometry = Mutex(false)

    /// Whether zone boundaries are also stored as PostGIS geometry (`service_zones.geom`).
    public internal(set) var storesGeometry: Bool {
        get { geometry.withLock { $0 } }
        set { geometry.withLock { $0 = newValue } }
    }

    /// A store for the database `url` (`postgres://user:password@host:port/database`, `?sslmode=disable|prefer|require`),
    /// with at most `connections` connections; `schema` puts the tables in that schema (created when missing) rather
    /// than the user's default one; extensions are still found in `public`. Nothing is sent until `run()` runs the
    /// pool (as a service of the application) and `prepare()` has checked and migrated the database; `open` does both.
    public init(url: String, connections: Int = 8, schema: String? = nil, logger: Logger = Logger(label: "curbside.postgres")) throws {
        let location = try PostgresLocation(url: url)
        let schema = schema ?? location.schema
        var configuration = location.clientConfiguration
        configuration.options.maximumConnections = max(connections, 1)
        configuration.options.minimumConnections = 0
        // Instants are compared and printed in UTC whatever the server's zone, as in SQLite.
        configuration.options.additionalStartupParameters.append(("TimeZone", "UTC"))
        if let schema {
            configuration.options.additionalStartupParameters.append(("search_path", "\(PostgresSession.quoted(schema)), public"))
        }
        var quiet = logger
        quiet.logLevel = .warning
        self.logger = quiet
        self.location = location.description
        self.parsedLocation = location
        self.schema = schema
        client = PostgresClient(configuration: configuration, backgroundLogger: quiet)
        threads = NIOThreadPool(numberOfThreads: max(connections, 1))
        threads.start()
    }

    /// A store for `url` that runs its own pool until `close()`, checked and migrated: for tools and tests.
    public static func open(url: String, connections: Int = 8, schema: String? = nil, logger: Logger = Logger(label: "curbside.postgres")) async throws -> PostgresStore {
        let store = try PostgresStore(url: url, connections: connections, schema: schema, logger: logger)
        let client = store.client
        store.ownRunner.withLock { $0 = Task { await client.run() } }
        do {
            try await store.prepare()
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// Runs the connection pool until the task is cancelled or the service group shuts down gracefully.
    public func run() async throws {
        await client.run()
        try? await threads.shutdownGracefully()
    }

    /// Checks that the database can be reached (a wrong host, password or database name is an error at once),
    /// creates the schema when one is named, and migrates the tables; needs the pool running.
    public func prepare() async throws {
        try await Self.checkReachable(parsedLocation, logger: logger)
        if let schema {
            _ = try await client.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(PostgresSession.quoted(schema))"), logger: logger)
        }
        try await PostgresMigrations.migrate(self)
    }

    /// Stops the pool `open` started, and the transaction threads.
    public func close() async {
        ownRunner.withLock { $0?.cancel() }
        try? await threads.shutdownGracefully()
    }

    /// Runs `work` in a read-only transaction over one consistent snapshot.
    func read<T: Sendable>(_ work: @escaping @Sendable (PostgresSession) throws -> T) async throws -> T {
        try await withSession(writing: false) { session in
            try session.send("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            return try Self.finish(session, work)
        }
    }

    /// Runs `work` in one transaction (READ COMMITTED), committed when it returns and rolled back when it throws.
    /// With `tenant`, the transaction first takes that tenant's lock (see `PostgresSession.lockTenant`); `work` may
    /// take it later itself. A transaction that meets a deadlock or serialization failure is run again, after a
    /// random pause that doubles each time (up to a quarter second), up to `attempts` times in all.
    func write<T: Sendable>(
        lockingTenant tenant: String? = nil, attempts: Int = 10, _ work: @escaping @Sendable (PostgresSession) throws -> T
    ) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await withSession(writing: true, optimistic: attempt == 1) { session in
                    try session.send("BEGIN ISOLATION LEVEL READ COMMITTED")
                    return try Self.finish(session) { session in
                        if let tenant { try session.lockTenant(tenant) }
                        return try work(session)
                    }
                }
            } catch where attempt < attempts && PostgresSession.isConflict(error) {
                let ceiling = min(1 << min(attempt, 8), 250)
                attempt += 1
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...ceiling)))
            }
        }
    }

    /// Runs `work` on one connection outside any transaction it did not open itself; `writing` sessions keep
    /// track of the tenant locks they take.
    func withSession<T: Sendable>(
        writing: Bool = true, optimistic: Bool = false, _ work: @escaping @Sendable (PostgresSession) throws -> T
    ) async throws -> T {
        let logger = logger
        return try await client.withConnection { connection in
            try await self.threads.runIfActive {
                try work(PostgresSession(connection: connection, logger: logger, tenantLocks: writing ? .init() : nil, optimistic: optimistic))
            }
        }
    }

    /// Runs `work` in the transaction `session` has begun, then commits, or rolls back when it throws.
    private static func finish<T>(_ session: PostgresSession, _ work: (PostgresSession) throws -> T) throws -> T {
        do {
            let result = try work(session)
            try session.execute("COMMIT")
            return result
        } catch {
            session.discardUnsent()
            _ = try? session.execute("ROLLBACK")
            throw error
        }
    }

    /// Runs each statement in one transaction; for tests and tools that set up rows no store writes.
    package func execute(statements: [String]) async throws {
        try await write { session in
            for statement in statements { try session.execute(PostgresQuery(statement)) }
        }
    }

    /// The first column of every row of `sql`, as text.
    package func strings(_ sql: String) async throws -> [String] {
        try await read { session in try session.query(PostgresQuery(sql)).map { try $0.decode(String.self) } }
    }

    /// Connects once and disconnects, so that a wrong host, port, password or database name is an error at once
    /// (the pool would keep trying in the background).
    private static func checkReachable(_ location: PostgresLocation, logger: Logger) async throws {
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: try location.connectionConfiguration(), id: 0, logger: logger
            ).get()
        } catch let error as PSQLError {
            let reason = error.serverInfo?[.message] ?? error.underlying.map { String(describing: $0) } ?? String(describing: error.code)
            throw PostgresStoreError.connection("cannot connect to \(location): \(reason)")
        }
        try? await connection.close()
    }

    /// Checks that the database answers within `timeout`.
    public func ping(timeout: Duration) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { _ = try await self.withSession { try $0.query("SELECT 1") } }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw PostgresStoreError.connection("no answer within \(timeout)")
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }
}
