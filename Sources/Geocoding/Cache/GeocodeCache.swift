import Foundation
import Synchronization

/// Provider answers kept between lookups: a bounded in-memory LRU in front of a table (SQLite, or one that
/// replicas share).
///
/// Entries expire after their provider's time-to-live. Answers whose provider forbids storing them
/// stay in memory only.
public final class GeocodeCache: Sendable {
    /// Counts of lookups since the cache was opened.
    public struct Statistics: Sendable, Equatable {
        /// Lookups answered from memory.
        public var memoryHits = 0
        /// Lookups answered from the database.
        public var databaseHits = 0
        /// Lookups with no fresh entry.
        public var misses = 0
        /// Answers stored.
        public var stores = 0
        /// Answers that could not be written to the database (kept in memory all the same).
        public var storeFailures = 0

        /// All lookups answered from the cache.
        public var hits: Int { memoryHits + databaseHits }
    }

    private struct MemoryEntry: Sendable {
        var entry: GeocodeCacheEntry
        var expiresAt: Date
    }

    private let memory: Mutex<LRUCache<GeocodeCacheKey, MemoryEntry>>
    private let counters = Mutex(Statistics())
    private let database: (any GeocodeCacheStore)?
    private let now: @Sendable () -> Date

    /// A cache over `store` (nil for memory only) holding up to `memoryCapacity` entries in memory.
    /// `now` is the clock TTLs are measured with.
    public init(store: (any GeocodeCacheStore)?, memoryCapacity: Int = 10_000, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = store
        self.memory = Mutex(LRUCache(capacity: memoryCapacity))
        self.now = now
    }

    /// The counts so far.
    public var statistics: Statistics { counters.withLock { $0 } }

    /// Drops every answer held in memory (the database's stay): for when the data behind answers kept only in
    /// memory, such as the offline provider's, has changed.
    public func forgetMemory() {
        memory.withLock { $0 = LRUCache(capacity: $0.capacity) }
    }

    /// The fresh entry for `key` in memory, or nil; counts a hit when there is one.
    func memoryEntry(for key: GeocodeCacheKey) -> GeocodeCacheEntry? {
        memoryEntryAndExpiry(for: key)?.entry
    }

    /// The fresh entry for `key` in memory and when it expires, or nil; counts a hit when there is one.
    func memoryEntryAndExpiry(for key: GeocodeCacheKey) -> (entry: GeocodeCacheEntry, expiresAt: Date)? {
        let date = now()
        let found: MemoryEntry? = memory.withLock { lru in
            guard let stored = lru.value(for: key) else { return nil }
            if stored.expiresAt <= date {
                lru.remove(key)
                return nil
            }
            return stored
        }
        guard let found else { return nil }
        countMemoryHit()
        return (found.entry, found.expiresAt)
    }

    /// Whether an entry expiring at `expiresAt` is still fresh by this cache's clock.
    func isFresh(expiresAt: Date) -> Bool {
        expiresAt > now()
    }

    /// Counts a lookup answered from memory (by the geocoder's own front of this cache, too).
    func countMemoryHit() {
        counters.withLock { $0.memoryHits += 1 }
    }

    /// The fresh entry for `key` from memory or the database, or nil (a miss).
    public func entry(for key: GeocodeCacheKey) async -> GeocodeCacheEntry? {
        if let entry = memoryEntry(for: key) { return entry }
        let date = now()
        if let database {
            let record = try? await database.freshRecord(for: key, at: date)
            if let record, let entry = record.entry {
                memory.withLock { $0.set(MemoryEntry(entry: entry, expiresAt: Date(timeIntervalSince1970: record.expiresAt)), for: key) }
                counters.withLock { $0.databaseHits += 1 }
                return entry
            }
        }
        counters.withLock { $0.misses += 1 }
        return nil
    }

    /// Stores `entry` for `key` under `policy`: in memory always, in the database when the policy allows.
    public func store(_ entry: GeocodeCacheEntry, for key: GeocodeCacheKey, policy: GeocodeCachePolicy) async {
        let storedAt = now()
        let ttl: Duration
        if case .found = entry { ttl = policy.timeToLive } else { ttl = policy.notFoundTimeToLive }
        let expiresAt = storedAt.addingTimeInterval(ttl.seconds)
        var memoryCopy = entry
        if case .found(var result) = entry {
            result.cached = true
            memoryCopy = .found(result)
        }
        memory.withLock { $0.set(MemoryEntry(entry: memoryCopy, expiresAt: expiresAt), for: key) }
        var failed = false
        if policy.persistent, let database {
            let record = GeocodeCacheRecord(key: key, entry: entry, storedAt: storedAt, expiresAt: expiresAt)
            do {
                try await database.save(record)
            } catch {
                failed = true
            }
        }
        counters.withLock {
            $0.stores += 1
            if failed { $0.storeFailures += 1 }
        }
    }

    /// Deletes stale rows from the database; returns how many.
    @discardableResult
    public func purgeExpired() async throws -> Int {
        guard let database else { return 0 }
        let date = now()
        return try await database.deleteExpired(at: date)
    }

    /// Rows in the database (fresh or stale).
    public func storedCount() async throws -> Int {
        guard let database else { return 0 }
        return try await database.count()
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
