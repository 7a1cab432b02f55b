import GRDB

/// The SQLite database holding service zones, service plans and route templates, migrated to the current schema.
public final class CurbsideDatabase: Sendable {
    /// The connection every store reads and writes through.
    public let writer: any DatabaseWriter

    /// The database in the SQLite file at `path` (created if missing, WAL mode). Other processes may use the file at
    /// the same time: a write that finds it locked waits for up to `busyTimeout` instead of failing.
    public convenience init(path: String, busyTimeout: Double = 30) throws {
        try self.init(writer: DatabasePool(path: path, configuration: Self.configuration(busyTimeout: busyTimeout)))
    }

    /// GRDB settings for a database file shared with other connections and processes.
    public static func configuration(busyTimeout: Double = 30) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        return configuration
    }

    /// The database behind `writer`, which may also hold other modules' tables.
    public init(writer: any DatabaseWriter) throws {
        var migrator = DatabaseMigrator()
        CurbsideMigrations.register(in: &migrator)
        try migrator.migrate(writer)
        self.writer = writer
    }

    /// A fresh database that lives in memory only.
    public static func inMemory() throws -> CurbsideDatabase {
        try CurbsideDatabase(writer: DatabaseQueue())
    }
}
