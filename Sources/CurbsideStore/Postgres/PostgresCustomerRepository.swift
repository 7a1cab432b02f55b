import Customers
import Foundation

/// The customers, properties, tenant settings, route-template stops and outbox events of every tenant, kept in a
/// PostgreSQL database shared by every replica. Write transactions on a tenant's data run one at a time, as
/// SQLite's do (each takes the tenant's lock first); reads see a snapshot and wait for nothing.
public struct PostgresCustomerRepository: CustomerRepository {
    public let store: PostgresStore
    private let now: @Sendable () -> Date

    /// A repository over `store`; `now` stamps the rows it writes on its own account.
    public init(store: PostgresStore, now: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.now = now
    }

    public func read<T: Sendable>(_ work: @escaping @Sendable (any CustomerReading) throws -> T) async throws -> T {
        let date = now()
        return try await store.read { try work(PostgresCustomerSession(session: $0, now: date)) }
    }

    public func write<T: Sendable>(_ work: @escaping @Sendable (any CustomerWriting) throws -> T) async throws -> T {
        let date = now()
        return try await store.write { try work(PostgresCustomerSession(session: $0, now: date)) }
    }
}
