extension ZoneIndexRegistry {
    /// Keeps the indexes current from `feed` until the task is cancelled: rebuilds the tenant each change names,
    /// and, each time the feed (re)starts listening, every tenant changed since the last look, so nothing committed
    /// while it was not listening is lost. A feed that stops is started again after `retryDelay`; `log` hears why,
    /// and of rebuilds that failed (the next change or poll tries again). `isFollowing` tells whether it listens.
    public func follow(
        _ feed: any ZoneChangeFeed, retryDelay: Duration = .seconds(1), log: @escaping @Sendable (String) -> Void = { _ in }
    ) async {
        while !Task.isCancelled {
            do {
                for try await change in feed.changes() {
                    await apply(change, from: feed, log: log)
                }
                isFollowing = false
                if !Task.isCancelled { log("zone changes from \(feed) stopped; listening again in \(retryDelay)") }
            } catch {
                isFollowing = false
                if !Task.isCancelled { log("zone changes from \(feed) stopped: \(error); listening again in \(retryDelay)") }
            }
            try? await Task.sleep(for: retryDelay)
        }
    }

    /// Rebuilds what `change` calls for.
    private func apply(_ change: ZoneChange, from feed: any ZoneChangeFeed, log: @Sendable (String) -> Void) async {
        do {
            switch change {
            case .listening:
                isFollowing = true
                try await reloadChangedTenants()
            case .tenant(let tenant):
                try await reload(tenant: tenant)
            }
        } catch {
            log("rebuilding zone indexes after \(change) from \(feed) failed: \(error)")
        }
    }
}
