/// A source of geocodes: the offline gazetteer or a hosted service.
public protocol GeocodingProvider: Sendable {
    /// The provider's name, reported as a result's `source` and used in cache keys.
    var name: String { get }
    /// How long, and where, the provider's terms let its answers be kept.
    var cachePolicy: GeocodeCachePolicy { get }
    /// The most requests a second the provider accepts from us, or nil for no limit.
    var requestsPerSecond: Double? { get }
    /// One attempt at locating `address`: the best match, nil when there is none, or why the attempt failed.
    func geocode(_ address: ParsedAddress) async throws(ProviderFailure) -> GeocodeResult?
}

/// How long a provider's answers may be kept, and whether they may be written to disk.
public struct GeocodeCachePolicy: Sendable, Equatable {
    /// Whether answers may be stored in the database, or only kept in memory.
    public var persistent: Bool
    /// How long a found result stays valid.
    public var timeToLive: Duration
    /// How long a "no such address" answer stays valid (shorter, so new addresses appear).
    public var notFoundTimeToLive: Duration

    public init(persistent: Bool, timeToLive: Duration, notFoundTimeToLive: Duration) {
        self.persistent = persistent
        self.timeToLive = timeToLive
        self.notFoundTimeToLive = notFoundTimeToLive
    }

    /// A day, for expressing TTLs.
    public static let day = Duration.seconds(86_400)
}
