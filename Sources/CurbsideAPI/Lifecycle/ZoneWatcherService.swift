import ServiceLifecycle
import Zones

/// Picks up zone changes made by other processes (another replica, `curbside zones import`) every `interval`,
/// once the application has loaded the zones; only every `listeningInterval`, when given, while the zone listener
/// hears of them as they commit.
struct ZoneWatcherService: Service {
    let registry: ZoneIndexRegistry
    let interval: Duration
    let listeningInterval: Duration?
    let started: StartupGate

    func run() async {
        await started.wait()
        await cancelWhenGracefulShutdown { [registry, interval, listeningInterval] in
            await registry.watch(every: interval, whileFollowing: listeningInterval)
        }
    }
}
