import CurbsideStore
import Foundation
import GRDB
import Testing

@Suite struct CurbsideDatabaseLogTests {
    private func walSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int) ?? -1
    }

    /// Reads that overlap without pause keep SQLite from ever restarting the log on its own; `truncateLog`
    /// empties it between two of them, and every row written is still there.
    @Test func truncateLogEmptiesTheLogWhileReadsKeepComing() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-wal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("log.sqlite").path
        let database = try CurbsideDatabase(path: path)
        try await database.writer.write { try $0.execute(sql: "CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT NOT NULL)") }

        // Two readers take turns so that one always holds a snapshot while 2,000 writes go in.
        let stop = Task { try await Task.sleep(for: .seconds(3600)) }
        let readers = (0..<2).map { _ in
            Task {
                while !stop.isCancelled {
                    try await database.writer.read { db in
                        _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM filler")
                        Thread.sleep(forTimeInterval: 0.002)
                    }
                }
            }
        }
        for batch in 0..<200 {
            try await database.writer.write { db in
                for row in 0..<10 { try db.execute(sql: "INSERT INTO filler (text) VALUES (?)", arguments: [String(repeating: "x", count: 400) + "\(batch)-\(row)"]) }
            }
        }
        #expect(walSize(path) > 1 << 20, "the log should have grown past 1 MiB, it is \(walSize(path)) bytes")
        try await database.truncateLog()
        #expect(walSize(path) == 0)
        stop.cancel()
        for reader in readers { try await reader.value }
        #expect(try await database.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM filler") } == 2_000)
        try await CurbsideDatabase.inMemory().truncateLog()
    }
}
