import ServiceLifecycle
import Zones

/// Picks up zone changes made by other processes (another replica, `curbside zones import`) every `interval`,
/// once the application has loaded the zones.
struct ZoneWatcherService: Service {
    let registry: ZoneIndexRegistry
    let interval: Duration
    let started: StartupGate

    func run() async {
        await started.wait()
        await cancelWhenGracefulShutdown { [registry, interval] in await registry.watch(every: interval) }
    }
}
