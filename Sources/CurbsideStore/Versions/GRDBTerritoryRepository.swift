import Customers
import Foundation
import GRDB

/// Zone drafts and versions, and the properties a re-zoning moves, kept in the curbside database.
public struct GRDBTerritoryRepository: TerritoryRepository {
    public let database: CurbsideDatabase
    private let now: @Sendable () -> Date

    public init(database: CurbsideDatabase, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    public func read<T: Sendable>(_ work: @escaping @Sendable (any TerritoryReading) throws -> T) async throws -> T {
        let date = now()
        return try await database.writer.read { db in try work(TerritorySession(db: db, now: date)) }
    }

    public func write<T: Sendable>(tenant: String, _ work: @escaping @Sendable (any TerritoryWriting) throws -> T) async throws -> T {
        let date = now()
        return try await database.writer.write { db in try work(TerritorySession(db: db, now: date)) }
    }
}
