import CurbsideStore
import Testing
import ZoneIndex

@Suite("ZoneStore keeps tenants apart")
struct ZoneStoreTenantTests {
    let store: ZoneStore

    init() throws {
        store = ZoneFixtures.store(try CurbsideDatabase.inMemory())
    }

    @Test("another tenant cannot see, update or delete a zone")
    func isolation() async throws {
        let zone = ZoneFixtures.zone("sz_shared", tenant: "tenant-a", name: "A's zone")
        try await store.insert(zone)

        #expect(try await store.zones(tenant: "tenant-b").isEmpty)
        #expect(try await store.zone(id: "sz_shared", tenant: "tenant-b") == nil)
        #expect(try await store.update(ZoneFixtures.zone("sz_shared", tenant: "tenant-b", name: "Hijacked")) == false)
        #expect(try await store.delete(id: "sz_shared", tenant: "tenant-b") == false)

        #expect(try await store.zones(tenant: "tenant-a") == [zone])
    }

    @Test("the same id may exist in two tenants, independently")
    func sameIDInTwoTenants() async throws {
        let a = ZoneFixtures.zone("sz_same", tenant: "tenant-a", name: "A")
        let b = ZoneFixtures.zone("sz_same", tenant: "tenant-b", name: "B", boundary: ZoneFixtures.twoSquares)
        try await store.insert(a)
        try await store.insert(b)

        #expect(try await store.zone(id: "sz_same", tenant: "tenant-a") == a)
        #expect(try await store.zone(id: "sz_same", tenant: "tenant-b") == b)

        #expect(try await store.delete(id: "sz_same", tenant: "tenant-a"))
        #expect(try await store.zone(id: "sz_same", tenant: "tenant-a") == nil)
        #expect(try await store.zone(id: "sz_same", tenant: "tenant-b") == b)
    }

    @Test("each tenant's definition order starts afresh")
    func positionsPerTenant() async throws {
        try await store.insert(ZoneFixtures.zone("sz_a1", tenant: "tenant-a"))
        try await store.insert(ZoneFixtures.zone("sz_b1", tenant: "tenant-b"))
        try await store.insert(ZoneFixtures.zone("sz_a2", tenant: "tenant-a"))

        #expect(try await store.zones(tenant: "tenant-a").map(\.id) == ["sz_a1", "sz_a2"])
        #expect(try await store.zones(tenant: "tenant-b").map(\.id) == ["sz_b1"])
    }
}
