import CurbsideStore
import ServiceLifecycle

/// The storage's own background work (PostgreSQL's connection pool, SQLite's log upkeep), for as long as the
/// application runs. Listed first among the application's services, it is shut down last, after the work that
/// uses it.
struct StorageService: Service {
    let storage: any CurbsideStorage
    let log: @Sendable (String) -> Void

    func run() async throws {
        try await cancelWhenGracefulShutdown { [storage, log] in try await storage.run(log: log) }
    }
}
