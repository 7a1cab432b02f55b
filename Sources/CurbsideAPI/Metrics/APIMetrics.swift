import Customers
import Foundation
import Geocoding
import Prometheus
import Synchronization
import ZoneIndex
import Zones

/// The service's Prometheus metrics, in a registry of its own.
public final class APIMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    private let latencyBuckets: [Duration] = [
        .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .milliseconds(2.5), .milliseconds(5),
        .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
        .seconds(1), .seconds(2.5), .seconds(5), .seconds(10),
    ]

    /// The request counter and latency histogram of one route, method and status.
    private struct RequestSeries: Sendable {
        let count: Counter
        let latency: DurationHistogram
    }

    private struct RequestKey: Hashable, Sendable {
        var route: String
        var method: String
        var status: Int
    }

    /// The series made so far, so a request looks its series up once instead of registering it again.
    private let requestSeries = Mutex<[RequestKey: RequestSeries]>([:])
    /// The match counter of each method.
    private let matchCounters: [MatchMethod: Counter]

    public init() {
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        var counters: [MatchMethod: Counter] = [:]
        for method in MatchMethod.allCases {
            counters[method] = registry.makeCounter(
                descriptor: .init(metricName: "curbside_zone_matches", unitName: "total", helpText: "Zone matches by method"),
                labels: [("method", method.rawValue)]
            )
        }
        matchCounters = counters
    }

    /// Counts one request and its latency under its route pattern, method and status.
    func recordRequest(route: String, method: String, status: Int, duration: Duration) {
        let key = RequestKey(route: route, method: method, status: status)
        let series = requestSeries.withLock { $0[key] } ?? makeRequestSeries(key)
        series.count.increment()
        series.latency.recordNanoseconds(Int64(duration.components.seconds) * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    private func makeRequestSeries(_ key: RequestKey) -> RequestSeries {
        let labels = [("route", key.route), ("method", key.method), ("status", String(key.status))]
        let series = RequestSeries(
            count: registry.makeCounter(
                descriptor: .init(metricName: "curbside_http_requests", unitName: "total", helpText: "HTTP requests by route, method and status"),
                labels: labels
            ),
            latency: registry.makeDurationHistogram(
                descriptor: .init(metricName: "curbside_http_request_duration", unitName: "seconds", helpText: "HTTP request latency"),
                labels: labels, buckets: latencyBuckets
            )
        )
        requestSeries.withLock { $0[key] = series }
        return series
    }

    /// Counts zone matches by how they were found.
    func recordMatches(_ methods: [MatchMethod]) {
        guard !methods.isEmpty else { return }
        var counts: [MatchMethod: Int] = [:]
        for method in methods { counts[method, default: 0] += 1 }
        recordMatches(counts)
    }

    /// Counts `count` zone matches found by `method`.
    func recordMatch(_ method: MatchMethod, count: Int = 1) {
        guard count > 0 else { return }
        matchCounters[method]?.increment(by: Int64(count))
    }

    /// Counts zone matches by how they were found.
    func recordMatches(_ counts: [MatchMethod: Int]) {
        for (method, count) in counts { recordMatch(method, count: count) }
    }

    /// The exposition text, with the gauges read from the zone registry and the geocoder just now.
    func exposition(zones: ZoneIndexRegistry, geocoder: Geocoder, webhooks: WebhookStatistics? = nil, now: Date = Date()) -> String {
        for (tenant, index) in zones.all {
            registry.makeGauge(descriptor: .init(metricName: "curbside_zones", unitName: "", helpText: "Zones per tenant"), labels: [("tenant", tenant)])
                .set(to: Double(index.zones.count))
            registry.makeGauge(
                descriptor: .init(metricName: "curbside_zone_index_build", unitName: "seconds", helpText: "How long the tenant's current zone index took to build"),
                labels: [("tenant", tenant)]
            ).set(to: Double(index.buildDuration.components.attoseconds) * 1e-18 + Double(index.buildDuration.components.seconds))
        }
        let cache = geocoder.cache.statistics
        registry.makeGauge(descriptor: .init(metricName: "curbside_geocode_cache_hits", unitName: "", helpText: "Geocode lookups answered from the cache"))
            .set(to: Double(cache.hits))
        registry.makeGauge(descriptor: .init(metricName: "curbside_geocode_cache_misses", unitName: "", helpText: "Geocode lookups the cache could not answer"))
            .set(to: Double(cache.misses))
        registry.makeGauge(descriptor: .init(metricName: "curbside_geocode_provider_calls", unitName: "", helpText: "Calls to the geocoding provider"))
            .set(to: Double(geocoder.statistics.providerCalls))
        if let webhooks {
            for status in WebhookDelivery.Status.allCases {
                registry.makeGauge(
                    descriptor: .init(metricName: "curbside_webhook_deliveries", unitName: "", helpText: "Webhook deliveries of every tenant by status"),
                    labels: [("status", status.rawValue)]
                ).set(to: Double(webhooks.counts[status] ?? 0))
            }
            registry.makeGauge(
                descriptor: .init(metricName: "curbside_webhook_oldest_pending", unitName: "seconds", helpText: "How long the oldest pending webhook delivery has waited (0 when none)")
            ).set(to: webhooks.oldestPending.map { max(0, now.timeIntervalSince($0)) } ?? 0)
        }
        return registry.emitToString()
    }
}
