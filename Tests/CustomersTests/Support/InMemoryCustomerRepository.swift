import Customers
import Foundation
import Synchronization

/// A `CustomerRepository` kept in memory with the semantics of the SQLite store. A write works on a copy of the
/// tables and keeps it only when its work returns, so a throw leaves the tables as they were; writes run one at a
/// time.
final class InMemoryCustomerRepository: CustomerRepository {
    private struct State {
        var tables: CustomerTables
        var faults: Set<StoreFault> = []
        var writes = 0
    }

    private let state: Mutex<State>
    private let now: @Sendable () -> Date

    /// A repository holding `tables`; `now` stamps the rows it writes on its own account (template stops).
    init(_ tables: CustomerTables = CustomerTables(), now: @escaping @Sendable () -> Date = { Date(timeIntervalSince1970: 0) }) {
        state = Mutex(State(tables: tables))
        self.now = now
    }

    func read<T: Sendable>(_ work: @escaping @Sendable (any CustomerReading) throws -> T) async throws -> T {
        let tables = state.withLock { $0.tables }
        return try work(InMemoryCustomerSession(tables: tables, now: now()))
    }

    func write<T: Sendable>(_ work: @escaping @Sendable (any CustomerWriting) throws -> T) async throws -> T {
        let date = now()
        return try state.withLock { state in
            state.writes += 1
            let session = InMemoryCustomerSession(tables: state.tables, now: date, faults: state.faults)
            let result = try work(session)
            state.tables = session.tables
            return result
        }
    }

    /// The tables as the last committed write left them.
    var tables: CustomerTables { state.withLock { $0.tables } }

    /// How many writes have begun, committed or not.
    var writeCount: Int { state.withLock { $0.writes } }

    /// Changes the tables outside any rule, as a fixture or another process would.
    func change(_ edit: (inout CustomerTables) -> Void) {
        state.withLock { edit(&$0.tables) }
    }

    /// Makes every later write fail at `faults`.
    func inject(_ faults: Set<StoreFault>) {
        state.withLock { $0.faults = faults }
    }
}

/// A write the repository can be made to fail, as a database error would.
enum StoreFault: Sendable, Hashable {
    case enqueue
    case insertProperty
}

/// Why an in-memory write failed, mirroring the SQLite store's constraint and record errors.
enum InMemoryStoreError: Error, Equatable {
    /// A row with the same tenant and id exists.
    case duplicateKey(table: String, id: String)
    /// No row with the tenant and id to update.
    case recordNotFound(table: String, id: String)
    /// An injected `StoreFault`.
    case injected(StoreFault)
}
