import ServiceLifecycle
import Zones

/// Rebuilds a tenant's zone index as soon as another process commits a change to its zones, as `feed` tells,
/// once the application has loaded the zones; listens again after a lost connection, catching up on what it
/// missed. Stops listening when the application shuts down.
struct ZoneListenerService: Service {
    let registry: ZoneIndexRegistry
    let feed: any ZoneChangeFeed
    let started: StartupGate
    let log: @Sendable (String) -> Void

    func run() async {
        await started.wait()
        await cancelWhenGracefulShutdown { [registry, feed, log] in await registry.follow(feed, log: log) }
    }
}
