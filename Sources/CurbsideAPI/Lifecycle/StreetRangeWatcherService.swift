import CurbsideStore
import Geocoding
import ServiceLifecycle

/// Loads the street ranges again every `interval` when their counties changed (`curbside geocoder import-tiger` ran
/// against the database), once the application has loaded them; then forgets the geocodes remembered in memory.
struct StreetRangeWatcherService: Service {
    let library: StreetRangeLibrary
    let store: any StreetRangeStoring
    let geocoder: Geocoder
    let interval: Duration
    let started: StartupGate
    let log: @Sendable (String) -> Void

    func run() async {
        await started.wait()
        await cancelWhenGracefulShutdown { [library, store, geocoder, interval, log] in
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                guard !Task.isCancelled else { return }
                do {
                    if try await library.refresh(from: store) {
                        geocoder.forgetRememberedAnswers()
                        let counts = library.index.counts
                        log("street ranges reloaded: \(counts.ranges) ranges on \(counts.edges) edges")
                    }
                } catch {
                    log("street ranges could not be reloaded: \(error)")
                }
            }
        }
    }
}
