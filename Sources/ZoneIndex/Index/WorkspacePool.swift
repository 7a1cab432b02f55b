import Synchronization

/// Hands out workspaces for one index snapshot, one caller at a time each, creating them on demand.
final class WorkspacePool: Sendable {
    private let table: ZoneTable
    private let idle = Mutex<[ZoneIndexWorkspace]>([])
    /// Idle workspaces kept beyond this are released; more than this run only under unusual concurrency.
    private let retained = 64

    init(table: ZoneTable) {
        self.table = table
    }

    func withWorkspace<R>(_ body: (ZoneIndexWorkspace) throws -> R) throws -> R {
        let workspace = try idle.withLock { $0.popLast() } ?? ZoneIndexWorkspace(table: table)
        defer {
            idle.withLock { idle in
                if idle.count < retained { idle.append(workspace) }
            }
        }
        return try body(workspace)
    }
}
