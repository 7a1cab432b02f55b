import Foundation
import Synchronization

/// Geocodes addresses through one provider, with normalization, caching, coalescing, rate limiting and retries.
public final class Geocoder: Sendable {
    /// Counts of provider traffic since the geocoder was made.
    public struct Statistics: Sendable, Equatable {
        /// Calls made to the provider, retries included.
        public var providerCalls = 0
        /// Lookups that joined an identical lookup already in flight instead of calling the provider.
        public var coalesced = 0
        /// Retries after a retryable failure.
        public var retries = 0
    }

    /// The provider answering misses.
    public let provider: any GeocodingProvider
    /// The cache in front of it.
    public let cache: GeocodeCache
    /// How failures are retried.
    public let retryPolicy: RetryPolicy
    private let normalizer: AddressNormalizer
    private let limiter: RateLimiter?
    private let inFlight = Mutex<[GeocodeCacheKey: Task<Result<GeocodeResult, GeocodingError>, Never>]>([:])
    private let counters = Mutex(Statistics())

    /// A cached answer reached from the exact text that was asked, with the cache entry's expiry.
    private struct RecentAnswer: Sendable {
        var key: GeocodeCacheKey
        var entry: GeocodeCacheEntry
        var expiresAt: Date
    }

    /// Answers from the memory cache by input text, so asking the same text again skips normalization. An
    /// answer is used only until the cache entry it copies expires.
    private let recent: Mutex<LRUCache<String, RecentAnswer>>

    /// How many input texts the geocoder remembers the answer of.
    public static let recentCapacity = 4096

    public init(
        provider: any GeocodingProvider, cache: GeocodeCache, retryPolicy: RetryPolicy = .standard,
        normalizer: AddressNormalizer = AddressNormalizer()
    ) {
        self.provider = provider
        self.cache = cache
        self.retryPolicy = retryPolicy
        self.normalizer = normalizer
        self.limiter = provider.requestsPerSecond.map(RateLimiter.init(requestsPerSecond:))
        self.recent = Mutex(LRUCache(capacity: Self.recentCapacity))
    }

    /// The counts so far.
    public var statistics: Statistics { counters.withLock { $0 } }

    /// Forgets the answers remembered in memory, so the next lookups ask the provider (the offline provider after
    /// its street ranges changed).
    public func forgetRememberedAnswers() {
        recent.withLock { $0 = LRUCache(capacity: Self.recentCapacity) }
        cache.forgetMemory()
    }

    /// Parses `text` and geocodes it.
    ///
    /// Text asked before whose answer is still fresh in the memory cache is answered without parsing it again.
    public func geocode(_ text: String) async throws(GeocodingError) -> GeocodeResult {
        if let recent = recentAnswer(for: text) {
            cache.countMemoryHit()
            return try answer(recent.entry, key: recent.key)
        }
        let address: ParsedAddress
        do { address = try normalizer.parse(text) } catch { throw .unparseable(error) }
        let key = GeocodeCacheKey(address: address.key, provider: provider.name)
        if let (entry, expiresAt) = cache.memoryEntryAndExpiry(for: key) {
            recent.withLock { $0.set(RecentAnswer(key: key, entry: entry, expiresAt: expiresAt), for: text) }
            return try answer(entry, key: key)
        }
        return try await geocode(address)
    }

    /// The remembered answer for `text` while it is fresh; a stale one is forgotten.
    private func recentAnswer(for text: String) -> RecentAnswer? {
        guard let found = recent.withLock({ $0.value(for: text) }) else { return nil }
        guard cache.isFresh(expiresAt: found.expiresAt) else {
            recent.withLock { $0.remove(text) }
            return nil
        }
        return found
    }

    /// Geocodes a parsed address: from the cache when it has a fresh answer, else from the provider.
    public func geocode(_ address: ParsedAddress) async throws(GeocodingError) -> GeocodeResult {
        let key = GeocodeCacheKey(address: address.key, provider: provider.name)
        if let entry = await cache.entry(for: key) {
            return try answer(entry, key: key)
        }
        enum Next { case cached(GeocodeCacheEntry), wait(Task<Result<GeocodeResult, GeocodingError>, Never>) }
        let next: Next = inFlight.withLock { tasks in
            if let task = tasks[key] {
                counters.withLock { $0.coalesced += 1 }
                return .wait(task)
            }
            // The lookup in flight may have finished since the check above; its answer is in memory then.
            if let entry = cache.memoryEntry(for: key) { return .cached(entry) }
            let task = Task { await self.fetch(address, key: key) }
            tasks[key] = task
            return .wait(task)
        }
        switch next {
        case .cached(let entry): return try answer(entry, key: key)
        case .wait(let task): return try await task.value.get()
        }
    }

    private func answer(_ entry: GeocodeCacheEntry, key: GeocodeCacheKey) throws(GeocodingError) -> GeocodeResult {
        switch entry {
        case .found(let result): return result
        case .notFound: throw .notFound(address: key.address, provider: key.provider)
        }
    }

    /// Calls the provider (with rate limit and retries), caches a definite answer, and ends the in-flight entry.
    private func fetch(_ address: ParsedAddress, key: GeocodeCacheKey) async -> Result<GeocodeResult, GeocodingError> {
        let result = await attempt(address, key: key)
        switch result {
        case .success(let found):
            await cache.store(.found(found), for: key, policy: provider.cachePolicy)
        case .failure(.notFound):
            await cache.store(.notFound, for: key, policy: provider.cachePolicy)
        case .failure:
            break
        }
        _ = inFlight.withLock { $0.removeValue(forKey: key) }
        return result
    }

    private func attempt(_ address: ParsedAddress, key: GeocodeCacheKey) async -> Result<GeocodeResult, GeocodingError> {
        var attempt = 0
        while true {
            attempt += 1
            await limiter?.acquire()
            counters.withLock { $0.providerCalls += 1 }
            let failure: ProviderFailure
            do {
                guard var result = try await provider.geocode(address) else {
                    return .failure(.notFound(address: key.address, provider: provider.name))
                }
                result.cached = false
                if result.source.isEmpty { result.source = provider.name }
                return .success(result)
            } catch {
                failure = error
            }
            switch failure {
            case .unauthorized(let reason):
                return .failure(.unauthorized(provider: provider.name, reason: reason))
            case .badResponse(let reason):
                return .failure(.badResponse(provider: provider.name, reason: reason))
            default:
                break
            }
            if let retryAfter = failure.retryAfter, retryAfter > retryPolicy.maxRetryAfter {
                return .failure(.providerUnavailable(provider: provider.name, retryAfter: retryAfter, reason: failure.summary))
            }
            guard attempt < retryPolicy.maxAttempts else {
                let reason = "\(failure.summary) after \(attempt) attempt\(attempt == 1 ? "" : "s")"
                return .failure(.providerUnavailable(provider: provider.name, retryAfter: failure.retryAfter, reason: reason))
            }
            counters.withLock { $0.retries += 1 }
            try? await Task.sleep(for: retryPolicy.delay(afterAttempt: attempt, retryAfter: failure.retryAfter))
        }
    }
}
