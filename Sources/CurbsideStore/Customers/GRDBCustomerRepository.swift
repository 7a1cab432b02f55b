import Customers
import Foundation
import GRDB

/// The customers, properties, tenant settings, route-template stops and outbox events of every tenant, kept in the
/// curbside database.
public struct GRDBCustomerRepository: CustomerRepository {
    public let database: CurbsideDatabase
    private let now: @Sendable () -> Date

    /// A repository over `database`; `now` stamps the rows it writes on its own account (route-template stops and
    /// tenant settings).
    public init(database: CurbsideDatabase, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    public func read<T: Sendable>(_ work: @escaping @Sendable (any CustomerReading) throws -> T) async throws -> T {
        let date = now()
        return try await database.writer.read { db in
            try work(CustomerSession(db: db, now: date))
        }
    }

    public func write<T: Sendable>(_ work: @escaping @Sendable (any CustomerWriting) throws -> T) async throws -> T {
        let date = now()
        return try await database.writer.write { db in
            try work(CustomerSession(db: db, now: date))
        }
    }
}
