import Foundation
import Logging
import NIOCore
import PostgresNIO

/// One connection of a `PostgresStore`, used by one thread for the span of a transaction. Statements whose answer
/// nothing reads (`send`: BEGIN, the tenant lock, inserts) are held until the next call that reads an answer, which
/// hands them and its own statement to the connection's event loop at once and waits once for all their answers; it
/// throws the first error among them, so a failed statement still fails the transaction before it commits.
struct PostgresSession {
    let connection: PostgresConnection
    let logger: Logger
    /// The tenants whose lock the transaction holds; nil in a read-only transaction, which takes none.
    let tenantLocks: TenantLocks?
    /// Whether `readBeforeLock` may read without the tenant's lock (then confirms the answer under it).
    let optimistic: Bool
    /// Statements sent and not yet handed to the connection.
    private let unsent = Unsent()

    init(connection: PostgresConnection, logger: Logger, tenantLocks: TenantLocks?, optimistic: Bool = false) {
        self.connection = connection
        self.logger = logger
        self.tenantLocks = tenantLocks
        self.optimistic = optimistic
    }

    /// The tenant locks a writing transaction has taken so far, and the confirmations of reads made before them.
    final class TenantLocks {
        var held: Set<String> = []
        /// Per tenant, statements that fail unless a read made before its lock would still answer the same.
        var confirmations: [String: [PostgresQuery]] = [:]
    }

    /// Statements sent without waiting, in the order they were sent; `confirming` marks those whose failure means
    /// a read made before the tenant's lock is out of date.
    private final class Unsent {
        var queries: [PostgresQuery] = []
        var confirming: Set<Int> = []
    }

    /// In a writing transaction, waits for and takes `tenant`'s lock (held until the transaction ends), unless it
    /// already holds it: writes to one tenant's data then run one at a time, as every write does in SQLite, and
    /// each sees everything the previous one committed. Reading transactions see a snapshot and take no lock.
    /// Reads made before the lock by `readBeforeLock` are confirmed right after it.
    func lockTenant(_ tenant: String) throws {
        guard let tenantLocks, !tenantLocks.held.contains(tenant) else { return }
        try send("SELECT pg_advisory_xact_lock(7041905, hashtext(\(tenant)))")
        tenantLocks.held.insert(tenant)
        for confirmation in tenantLocks.confirmations.removeValue(forKey: tenant) ?? [] {
            unsent.confirming.insert(unsent.queries.count)
            unsent.queries.append(confirmation)
        }
    }

    /// Runs `query`, a read of `tenant`'s data that a write will depend on. On the first attempt of a writing
    /// transaction that does not hold the tenant's lock yet, it runs without the lock, and `confirmation(rows)` (a
    /// statement that fails unless `query` would still answer `rows`) runs right after the lock is taken; when it
    /// fails, the transaction fails as a serialization failure and runs again, this time reading under the lock.
    /// So the lock is held only while the writes run, not while the client decides what to write.
    func readBeforeLock(
        tenant: String, _ query: PostgresQuery, confirmation: ([PostgresRow]) throws -> PostgresQuery
    ) throws -> [PostgresRow] {
        guard let tenantLocks, optimistic, !tenantLocks.held.contains(tenant) else {
            try lockTenant(tenant)
            return try self.query(query)
        }
        let rows = try self.query(query)
        tenantLocks.confirmations[tenant, default: []].append(try confirmation(rows))
        return rows
    }

    /// Runs `query` and returns every row.
    @discardableResult
    func query(_ query: PostgresQuery) throws -> [PostgresRow] {
        try answer(query).rows
    }

    /// Runs `query` and returns the number of rows it inserted, updated or deleted.
    @discardableResult
    func execute(_ query: PostgresQuery) throws -> Int {
        try answer(query).metadata.rows ?? 0
    }

    /// Sends `query` without waiting for its answer; an error it meets is thrown by the next call that waits.
    func send(_ query: PostgresQuery) throws {
        unsent.queries.append(query)
    }

    /// Forgets the statements sent and not yet run: for a transaction about to roll back.
    func discardUnsent() {
        unsent.queries = []
        unsent.confirming = []
    }

    /// Runs the statements sent so far and `query`, in order, handed to the connection's event loop together, and
    /// waits once for all their answers; throws the first error among them.
    private func answer(_ query: PostgresQuery) throws -> PostgresQueryResult {
        let queries = unsent.queries + [query]
        let confirming = unsent.confirming
        unsent.queries = []
        unsent.confirming = []
        let (connection, logger) = (connection, logger)
        let results = connection.eventLoop.flatSubmit {
            EventLoopFuture.whenAllComplete(queries.map { connection.query($0, logger: logger) }, on: connection.eventLoop)
        }
        return try Self.readable {
            let answers = try results.wait()
            for (index, answer) in answers.dropLast().enumerated() {
                guard case .failure(let error) = answer else { continue }
                if confirming.contains(index) {
                    throw PostgresStoreError.server(
                        sqlState: "40001", message: "a read made before the tenant's lock changed before the lock was taken"
                    )
                }
                throw error
            }
            return try answers[answers.count - 1].get()
        }
    }

    /// Runs `work`, turning a server's error into a `PostgresStoreError.server` that says what went wrong (the
    /// driver's own description hides it), without the query's values.
    private static func readable<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as PSQLError {
            guard let info = error.serverInfo else { throw PostgresStoreError.connection(String(describing: error.code)) }
            throw PostgresStoreError.server(
                sqlState: info[.sqlState] ?? "", message: [info[.message], info[.detail]].compactMap { $0 }.joined(separator: ": ")
            )
        }
    }

    /// Runs `query` and decodes every row as a `Record`, matching columns to its coding keys.
    func fetchAll<Record: Decodable>(_ type: Record.Type, _ query: PostgresQuery) throws -> [Record] {
        try self.query(query).map { try Record(from: PostgresRowDecoder(row: $0.makeRandomAccess())) }
    }

    /// The first row of `query` as a `Record`, or nil.
    func fetchOne<Record: Decodable>(_ type: Record.Type, _ query: PostgresQuery) throws -> Record? {
        try fetchAll(type, query).first
    }

    /// The first column of the first row, or nil when there is no row (or it holds NULL).
    func value<Value: PostgresDecodable>(_ type: Value.Type, _ query: PostgresQuery) throws -> Value? {
        guard let row = try self.query(query).first else { return nil }
        let cell = row.makeRandomAccess()[0]
        return cell.bytes == nil ? nil : try cell.decode(Value.self)
    }

    /// Inserts `record` into `table`, one column per coding key.
    func insert(_ record: some Encodable, into table: String, onConflictDoNothing: Bool = false) throws {
        let columns = try PostgresRowEncoder.columns(of: record)
        var sql = PostgresQuery(unsafeSQL: "")
        sql.sql = "INSERT INTO \(Self.quoted(table)) (\(columns.map { Self.quoted($0.name) }.joined(separator: ", "))) VALUES ("
        sql.sql += (1...columns.count).map { "$\($0)" }.joined(separator: ", ") + ")"
        if onConflictDoNothing { sql.sql += " ON CONFLICT DO NOTHING" }
        for column in columns { column.bind(&sql.binds) }
        try send(sql)
    }

    /// Inserts `record` into `table`, or overwrites the row whose `key` columns (a unique key) equal its own.
    func upsert(_ record: some Encodable, into table: String, key: [String]) throws {
        let columns = try PostgresRowEncoder.columns(of: record)
        var sql = PostgresQuery(unsafeSQL: "")
        sql.sql = "INSERT INTO \(Self.quoted(table)) (\(columns.map { Self.quoted($0.name) }.joined(separator: ", "))) VALUES ("
        sql.sql += (1...columns.count).map { "$\($0)" }.joined(separator: ", ") + ")"
        sql.sql += " ON CONFLICT (\(key.map(Self.quoted).joined(separator: ", "))) DO UPDATE SET "
        sql.sql += columns.filter { !key.contains($0.name) }.map { "\(Self.quoted($0.name)) = excluded.\(Self.quoted($0.name))" }
            .joined(separator: ", ")
        for column in columns { column.bind(&sql.binds) }
        try send(sql)
    }

    /// Overwrites the row of `table` whose `key` columns equal `record`'s with `record`'s other columns; returns
    /// whether there was such a row.
    @discardableResult
    func update(_ record: some Encodable, in table: String, key: [String] = ["tenant_id", "id"]) throws -> Bool {
        let columns = try PostgresRowEncoder.columns(of: record)
        var sql = PostgresQuery(unsafeSQL: "")
        var assignments: [String] = [], conditions: [String] = []
        for (index, column) in columns.enumerated() {
            let placeholder = "$\(index + 1)"
            if key.contains(column.name) {
                conditions.append("\(Self.quoted(column.name)) = \(placeholder)")
            } else {
                assignments.append("\(Self.quoted(column.name)) = \(placeholder)")
            }
            column.bind(&sql.binds)
        }
        sql.sql = "UPDATE \(Self.quoted(table)) SET \(assignments.joined(separator: ", ")) WHERE \(conditions.joined(separator: " AND "))"
        return try execute(sql) > 0
    }

    /// Whether `error` is a serialization failure or deadlock, after which the transaction can simply run again.
    static func isConflict(_ error: any Error) -> Bool {
        guard case PostgresStoreError.server(let state, _) = error else { return false }
        return state == "40001" || state == "40P01"
    }

    /// `name` as a quoted SQL identifier.
    static func quoted(_ name: String) -> String {
        name.utf8.contains(UInt8(ascii: "\"")) ? "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : "\"" + name + "\""
    }
}

extension PostgresQuery {
    /// A query from plain text with no parameters.
    init(_ text: String) {
        self.init(unsafeSQL: text)
    }
}
