import Foundation

/// Where a `GeocodeCache` keeps answers beyond its memory (the cache's port; the stores implement it): a SQLite
/// table, or a table that many replicas share.
public protocol GeocodeCacheStore: Sendable {
    /// The row for `key` that is still fresh at `date`, or nil.
    func freshRecord(for key: GeocodeCacheKey, at date: Date) async throws -> GeocodeCacheRecord?
    /// Stores `record`, replacing any row with its address and provider.
    func save(_ record: GeocodeCacheRecord) async throws
    /// Deletes the rows stale at `date`; returns how many.
    func deleteExpired(at date: Date) async throws -> Int
    /// The number of rows, fresh or stale.
    func count() async throws -> Int
}
