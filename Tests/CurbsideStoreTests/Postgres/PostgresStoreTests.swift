import CurbsideStore
import Customers
import Foundation
import Synchronization
import Testing
import ZoneIndex

@Suite("The PostgreSQL store", .enabled(if: testPostgresURL != nil))
struct PostgresStoreTests {
    @Test func everyFieldRoundTripsAndAnUpdateClearsWhatItSetsToNil() async throws {
        let (store, other) = try await twoPostgresReplicas()
        let repository = PostgresCustomerRepository(store: store, now: { CustomerFixtures.epoch })
        let full = CustomerFixtures.fullCustomer()
        try await repository.write { try $0.insert(full) }
        // Read through the other replica's connections.
        let read = try await PostgresCustomerRepository(store: other).read { try $0.customer(id: full.id, tenant: "acme", includingDeleted: false) }
        #expect(read == full)
        var cleared = full
        cleared.email = nil
        cleared.lat = nil
        cleared.customFieldsJSON = nil
        cleared.enrolledAt = nil
        let update = cleared
        try await repository.write { try $0.update(update) }
        #expect(try await repository.read { try $0.customer(id: full.id, tenant: "acme", includingDeleted: false) } == update)
        // Another tenant sees nothing, and an update of a missing row is an error, not a silent no-op.
        #expect(try await repository.read { try $0.customer(id: full.id, tenant: "other", includingDeleted: true) } == nil)
        var absent = full
        absent.id = "cus_missing"
        let missing = absent
        await #expect(throws: CustomerError.notFound(kind: "customer", id: "cus_missing")) {
            try await repository.write { try $0.update(missing) }
        }
        await store.close()
        await other.close()
    }

    @Test func aFailedTransactionLeavesNothing() async throws {
        let (store, other) = try await twoPostgresReplicas()
        let repository = PostgresCustomerRepository(store: store, now: { CustomerFixtures.epoch })
        struct Stop: Error {}
        await #expect(throws: Stop.self) {
            try await repository.write { writer in
                try writer.insert(CustomerFixtures.customer("cus_a"))
                throw Stop()
            }
        }
        #expect(try await repository.read { try $0.customers(tenant: "acme", query: CustomerQuery()).total } == 0)
        await store.close()
        await other.close()
    }

    /// Inserts go out without waiting for their answers; one that fails still fails its transaction, which then
    /// leaves nothing, even when the work that sent it returned normally.
    @Test func aStatementSentWithoutWaitingThatFailsFailsItsTransaction() async throws {
        let (store, other) = try await twoPostgresReplicas()
        let repository = PostgresCustomerRepository(store: store, now: { CustomerFixtures.epoch })
        try await repository.write { try $0.insert(CustomerFixtures.customer("cus_a")) }
        await #expect(throws: (any Error).self) {
            try await repository.write { writer in
                try writer.insert(CustomerFixtures.customer("cus_b"))
                try writer.insert(CustomerFixtures.customer("cus_a"))  // the same id again: a unique violation
                try writer.insert(CustomerFixtures.customer("cus_c"))
            }
        }
        let ids = try await repository.read { try $0.customers(tenant: "acme", query: CustomerQuery()).rows.map(\.customer.id) }
        #expect(ids == ["cus_a"])
        // The connection is fit for the next transaction.
        try await repository.write { try $0.insert(CustomerFixtures.customer("cus_d")) }
        #expect(try await repository.read { try $0.customers(tenant: "acme", query: CustomerQuery()).total } == 2)
        await store.close()
        await other.close()
    }

    /// The checks a create reads before writing come back in one statement with the same answers as one at a time.
    @Test func writeChecksReadPlanZoneAndSettingsInOneStatement() async throws {
        let (store, other) = try await twoPostgresReplicas()
        let repository = PostgresCustomerRepository(store: store, now: { CustomerFixtures.epoch })
        try await store.zones.insert(ZoneFixtures.zone("sz_1"))
        func checks(plan: String?, zone: String?, tenant: String = "acme") async throws -> WriteChecks {
            try await repository.write { try $0.writeChecks(plan: plan, zone: zone, tenant: tenant) }
        }
        #expect(try await checks(plan: nil, zone: nil) == WriteChecks(planExists: true, zoneExists: true, settings: TenantSettings()))
        #expect(try await checks(plan: nil, zone: "sz_1") == WriteChecks(planExists: true, zoneExists: true, settings: TenantSettings()))
        #expect(try await checks(plan: "sp_none", zone: "sz_2") == WriteChecks(planExists: false, zoneExists: false, settings: TenantSettings()))
        #expect(try await checks(plan: nil, zone: "sz_1", tenant: "globex").zoneExists == false)
        let uniform = TenantSettings(trashDayMode: .uniform, defaultTrashDay: "tuesday")
        try await repository.write { try $0.saveTenantSettings(uniform, tenant: "acme") }
        #expect(try await checks(plan: nil, zone: "sz_1").settings == uniform)
        #expect(try await checks(plan: nil, zone: "sz_1", tenant: "globex").settings == TenantSettings())
        await store.close()
        await other.close()
    }

    /// A create reads its checks before taking the tenant's lock and confirms them under it: when another replica
    /// deletes the zone in between, the transaction runs again and sees the zone gone, writing once.
    @Test func checksReadBeforeTheTenantLockAreConfirmedUnderIt() async throws {
        let (store, other) = try await twoPostgresReplicas()
        let repository = PostgresCustomerRepository(store: store, now: { CustomerFixtures.epoch })
        try await store.zones.insert(ZoneFixtures.zone("sz_1"))
        let attempts = Mutex(0)
        func create(_ id: String, changingBetween change: String?) async throws -> WriteChecks {
            attempts.withLock { $0 = 0 }
            return try await repository.write { writer in
                let attempt = attempts.withLock { $0 += 1; return $0 }
                let checks = try writer.writeChecks(plan: nil, zone: "sz_1", tenant: "acme")
                if attempt == 1, let change {
                    let done = DispatchSemaphore(value: 0)
                    Task {
                        try? await other.execute(statements: [change])
                        done.signal()
                    }
                    done.wait()
                }
                var customer = CustomerFixtures.customer(id)
                customer.serviceZoneID = checks.zoneExists ? "sz_1" : nil
                try writer.insert(customer)
                return checks
            }
        }
        #expect(try await create("cus_a", changingBetween: nil).zoneExists)
        #expect(attempts.withLock { $0 } == 1)
        let seen = try await create("cus_b", changingBetween: "DELETE FROM service_zones WHERE tenant_id = 'acme' AND id = 'sz_1'")
        #expect(!seen.zoneExists)
        #expect(attempts.withLock { $0 } == 2)
        let uniform = TenantSettings(trashDayMode: .uniform, defaultTrashDay: "tuesday")
        try await repository.write { try $0.saveTenantSettings(uniform, tenant: "acme") }
        let settings = try await create(
            "cus_c", changingBetween: "UPDATE tenant_settings SET default_trash_day = 'friday' WHERE tenant_id = 'acme'"
        ).settings
        #expect(settings == TenantSettings(trashDayMode: .uniform, defaultTrashDay: "friday"))
        #expect(attempts.withLock { $0 } == 2)
        let ids = try await store.strings("SELECT id FROM customers WHERE tenant_id = 'acme' ORDER BY id")
        #expect(ids == ["cus_a", "cus_b", "cus_c"])
        let zones = try await store.strings("SELECT coalesce(service_zone_id, '-') FROM customers WHERE tenant_id = 'acme' ORDER BY id")
        #expect(zones == ["sz_1", "-", "-"])
        await store.close()
        await other.close()
    }

    /// Writers on two replicas adding zones to one tenant at once: serializable transactions, re-run on
    /// conflict, give every zone its own place in the definition order.
    @Test func concurrentZoneInsertsFromTwoReplicasKeepDistinctPositions() async throws {
        let (store, other) = try await twoPostgresReplicas()
        let count = 24
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<count {
                let zones = (index.isMultiple(of: 2) ? store : other).zones
                group.addTask { try await zones.insert(ZoneFixtures.zone("sz_\(index)")) }
            }
            try await group.waitForAll()
        }
        let zones = try await store.zones.zones(tenant: "acme")
        #expect(zones.count == count)
        #expect(Set(zones.map(\.id)).count == count)
        #expect(try await store.zones.revisions()["acme"] == count)
        await store.close()
        await other.close()
    }

    @Test func migratingAgainChangesNothing() async throws {
        let (store, other) = try await twoPostgresReplicas()
        _ = try await store.zones.importZones([ZoneFixtures.zone("sz_keep")], tenant: "acme")
        // A third replica starting on the same schema finds the tables migrated and the data in place.
        let again = try await PostgresStore.open(url: testPostgresURL!, connections: 1, schema: store.schema!)
        #expect(try await again.zones.zones(tenant: "acme").map(\.id) == ["sz_keep"])
        #expect(try await again.strings("SELECT name FROM curbside_migrations ORDER BY name") == [
            "curbside v1", "curbside v10 webhooks", "curbside v2 zone revisions", "curbside v3 customers", "curbside v4 customer list order",
            "curbside v5 customer list orders and filters", "curbside v6 zone notifications", "curbside v7 street ranges", "curbside v8 assignment quality",
            "curbside v9 zone versions",
            "geocode_cache v1", "geocode_cache v2 precision read again",
        ])
        await again.close()
        await store.close()
        await other.close()
    }

    /// Where PostGIS is installed, each boundary is also a geometry operators can query, kept current on update.
    @Test func zoneBoundariesAreStoredAsPostGISGeometry() async throws {
        let (store, other) = try await twoPostgresReplicas()
        try #require(store.storesGeometry, "PostGIS is not installed in the test database")
        _ = try await store.zones.importZones(
            [ZoneFixtures.zone("sz_square"), ZoneFixtures.zone("sz_holed", boundary: ZoneFixtures.squareWithHole)], tenant: "acme"
        )
        func covering(_ lng: Double, _ lat: Double) async throws -> [String] {
            try await store.strings("""
                SELECT id FROM service_zones WHERE tenant_id = 'acme'
                AND ST_Covers(geom, ST_SetSRID(ST_Point(\(lng), \(lat)), 4326)) ORDER BY id
                """)
        }
        #expect(try await covering(-97.745, 30.255) == ["sz_square"])
        #expect(try await covering(-97.79, 30.21) == ["sz_holed"])
        #expect(try await covering(-97.76, 30.24) == [])  // inside the hole, and in no other zone
        // Moving the square moves its geometry.
        #expect(try await store.zones.update(ZoneFixtures.zone("sz_square", boundary: ZoneFixtures.square(x: -97.0, y: 30.0))))
        #expect(try await covering(-97.745, 30.255) == [])
        #expect(try await covering(-96.995, 30.005) == ["sz_square"])
        await store.close()
        await other.close()
    }
}
