import CurbsideStore
import Foundation
import Testing
import ZoneIndex
import Zones

/// A replica's zone indexes kept current by PostgreSQL's notifications alone: the registries here follow a
/// `PostgresZoneChangeFeed` and never poll, so only a notification (or the catch-up after listening again) can
/// bring them a change another store commits.
@Suite("Zone changes pushed by PostgreSQL", .enabled(if: testPostgresURL != nil))
struct PostgresZoneChangeFeedTests {
    /// A feed on the test database whose listening connection goes by a name of its own, and a registry over
    /// `store` following it.
    static func follower(
        of store: PostgresStore, retryDelay: Duration = .seconds(1)
    ) async throws -> (registry: ZoneIndexRegistry, listener: String, task: Task<Void, Never>) {
        let listener = "curbside test listener " + UUID().uuidString.prefix(8)
        let feed = try PostgresZoneChangeFeed(url: testPostgresURL!, applicationName: listener)
        let registry = ZoneIndexRegistry(store: store.zones)
        try await registry.loadAll()
        let task = Task { await registry.follow(feed, retryDelay: retryDelay) }
        #expect(try await eventually { registry.isFollowing }, "the registry never started listening")
        // Let the catch-up that follows listening finish, so that what comes next is told by a notification.
        try await Task.sleep(for: .milliseconds(300))
        return (registry, listener, task)
    }

    /// The number of backends of the database whose connection is named `listener`.
    static func backends(_ store: PostgresStore, named listener: String) async throws -> Int {
        Int(try await store.strings("SELECT count(*)::text FROM pg_stat_activity WHERE application_name = '\(listener)'").first ?? "") ?? -1
    }

    @Test func aZoneWrittenThroughOneStoreReachesTheOthersIndexByNotification() async throws {
        let (store, other) = try await twoPostgresReplicas()
        let (registry, listener, following) = try await Self.follower(of: other)
        #expect(try await Self.backends(store, named: listener) == 1)

        try await store.zones.insert(ZoneFixtures.zone("sz_pushed"))
        #expect(try await eventually(within: .seconds(2)) { registry.index(for: "acme").zones.map(\.id) == ["sz_pushed"] })
        _ = try await store.zones.importZones([ZoneFixtures.zone("sz_imported")], tenant: "acme")
        #expect(try await eventually(within: .seconds(2)) { registry.index(for: "acme").zones.map(\.id) == ["sz_pushed", "sz_imported"] })
        #expect(try await store.zones.delete(id: "sz_pushed", tenant: "acme"))
        #expect(try await eventually(within: .seconds(2)) { registry.index(for: "acme").zones.map(\.id) == ["sz_imported"] })
        // Another tenant's change rebuilds that tenant alone.
        try await store.zones.insert(ZoneFixtures.zone("sz_other", tenant: "globex"))
        #expect(try await eventually(within: .seconds(2)) { registry.index(for: "globex").zones.map(\.id) == ["sz_other"] })

        // Stopped, the follower lets go of its connection.
        following.cancel()
        await following.value
        #expect(try await eventually(within: .seconds(2)) { try await Self.backends(store, named: listener) == 0 })
        await store.close()
        await other.close()
    }

    @Test func aListenerWhoseConnectionIsCutListensAgainAndCatchesUpOnWhatItMissed() async throws {
        let (store, other) = try await twoPostgresReplicas()
        // Listening again only after 4 s, so that the change below surely commits while nobody listens.
        let (registry, listener, following) = try await Self.follower(of: other, retryDelay: .seconds(4))
        defer { following.cancel() }

        #expect(try await store.strings("SELECT pg_terminate_backend(pid)::text FROM pg_stat_activity WHERE application_name = '\(listener)'") == ["true"])
        #expect(try await eventually(within: .seconds(5)) { !registry.isFollowing }, "the follower did not notice its connection was cut")
        // Committed while nobody listens (the follower waits 4 s before listening again): no notification reaches
        // the follower, only its catch-up can bring the change. A machine too loaded to commit within those 4 s
        // checks the notification path instead, and says so.
        try await store.zones.insert(ZoneFixtures.zone("sz_missed"))
        let listeningAgain = try await Self.backends(store, named: listener) != 0
        if registry.isFollowing || listeningAgain {
            print("note: the follower listened again before the change committed; the catch-up was not needed")
        }
        #expect(
            try await eventually(within: .seconds(10)) { registry.index(for: "acme").zones.map(\.id) == ["sz_missed"] },
            "the change committed while the connection was down never arrived"
        )
        #expect(try await Self.backends(store, named: listener) == 1)
        #expect(registry.isFollowing)

        // Listening again, later changes arrive as before.
        try await Task.sleep(for: .milliseconds(300))
        try await store.zones.insert(ZoneFixtures.zone("sz_after"))
        #expect(try await eventually(within: .seconds(2)) { registry.index(for: "acme").zones.map(\.id) == ["sz_missed", "sz_after"] })
        following.cancel()
        await following.value
        await store.close()
        await other.close()
    }
}

/// Whether `condition` holds at some check before `limit` has passed (checked every 20 ms).
func eventually(within limit: Duration = .seconds(5), _ condition: () async throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if try await condition() { return true }
        try await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
}
