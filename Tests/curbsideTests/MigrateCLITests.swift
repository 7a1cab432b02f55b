import Foundation
import Testing

/// `curbside migrate`, run before replicas roll out.
@Suite("curbside migrate")
struct MigrateCLITests {
    func migrate(_ database: String) throws -> (status: Int32, stderr: String) {
        try runCurbside(["migrate", "--database", database])
    }

    @Test func migratesASQLiteFileAndSaysSo() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("migrate-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let first = try migrate(path)
        #expect(first.status == 0 && first.stderr.contains("is at the current schema"), "\(first.stderr)")
        #expect(FileManager.default.fileExists(atPath: path))
        // Again: nothing to do, still fine.
        #expect(try migrate(path).status == 0)
    }

    @Test(.enabled(if: testPostgresURL != nil, "needs PostgreSQL"))
    func migratesAPostgreSQLSchemaTwice() throws {
        let database = ReplicaTests.freshSchema()
        let first = try migrate(database)
        #expect(first.status == 0 && first.stderr.contains("is at the current schema"), "\(first.stderr)")
        #expect(first.stderr.contains("PostGIS"), "\(first.stderr)")
        #expect(try migrate(database).status == 0)
    }
}
