import GRDB

/// The SQLite database holding service zones, service plans and route templates, migrated to the current schema.
public final class CurbsideDatabase: Sendable {
    /// The connection every store reads and writes through.
    public let writer: any DatabaseWriter

    /// The database in the SQLite file at `path` (created if missing, WAL mode).
    public convenience init(path: String) throws {
        try self.init(writer: DatabasePool(path: path))
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
