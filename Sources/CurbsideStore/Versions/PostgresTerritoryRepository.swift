import Customers
import Foundation

/// Zone drafts and versions, and the properties a re-zoning moves, in PostgreSQL: the counterpart of
/// `GRDBTerritoryRepository`. A writing transaction holds the tenant's lock from its start.
public struct PostgresTerritoryRepository: TerritoryRepository {
    public let store: PostgresStore
    private let now: @Sendable () -> Date

    public init(store: PostgresStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    public func read<T: Sendable>(_ work: @escaping @Sendable (any TerritoryReading) throws -> T) async throws -> T {
        let date = now()
        return try await store.read { try work(PostgresTerritorySession(session: $0, now: date)) }
    }

    public func write<T: Sendable>(tenant: String, _ work: @escaping @Sendable (any TerritoryWriting) throws -> T) async throws -> T {
        let date = now()
        return try await store.write(lockingTenant: tenant) { try work(PostgresTerritorySession(session: $0, now: date)) }
    }
}
