import CurbsideStore
import Customers
import Foundation
import GRDB
import Testing

/// Several connections to one SQLite file, as separate processes would have, write at once: SQLite's "database is
/// locked" is waited out, never reported, and every row lands.
@Suite struct ConcurrentWriterTests {
    @Test func writersOnSeparateConnectionsNeverSeeBusy() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-writers-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let databases = try (0..<6).map { _ in try CurbsideDatabase(path: path) }
        let writers = databases.count, perWriter = 60
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (w, database) in databases.enumerated() {
                group.addTask {
                    let repository = CustomerFixtures.repository(database)
                    for n in 0..<perWriter {
                        // Each transaction holds the write lock a little while, so the others must wait for it.
                        try await repository.write { writing in
                            try writing.insert(CustomerFixtures.customer("cus_\(w)_\(n)"))
                            try writing.insert(CustomerFixtures.customer("cus_\(w)_\(n)_b"))
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        let count = try await databases[0].writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM customers") }
        #expect(count == writers * perWriter * 2)
    }
}
