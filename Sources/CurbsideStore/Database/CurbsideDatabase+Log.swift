import Foundation
import GRDB

extension CurbsideDatabase {
    /// Copies the write-ahead log into the database file and empties it, waiting up to `wait` for reads that
    /// still use it (writes wait meanwhile). A database in memory has no log: nothing to do.
    ///
    /// SQLite restarts its log only at a moment when no read is using it; a server that always has a read in
    /// flight never gets one, and its log grows without bound. Calling this now and then keeps it short.
    public func truncateLog(wait: Duration = .seconds(2)) async throws {
        guard writer is DatabasePool else { return }
        let (seconds, attoseconds) = wait.components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
        try await writer.writeWithoutTransaction { db in
            let previous = try Int.fetchOne(db, sql: "PRAGMA busy_timeout") ?? 0
            try db.execute(sql: "PRAGMA busy_timeout = \(milliseconds)")
            defer { try? db.execute(sql: "PRAGMA busy_timeout = \(previous)") }
            try db.checkpoint(.truncate)
        }
    }

    /// Empties the write-ahead log every `interval` until the task is cancelled. A round that cannot (a read
    /// outlasted the wait) is reported to `log` and tried again at the next one.
    public func keepLogShort(every interval: Duration, log: @Sendable (String) -> Void) async {
        while !Task.isCancelled {
            do { try await Task.sleep(for: interval) } catch { return }
            do {
                try await truncateLog()
            } catch {
                log("database: the write-ahead log could not be emptied this round: \(error)")
            }
        }
    }
}
