import CurbsideStore
import Foundation
import GRDB
import Testing
import Zones
import ZoneIndex

@Suite("ZoneStore reads and writes")
struct ZoneStoreCRUDTests {
    let database: CurbsideDatabase
    let store: ZoneStore

    init() throws {
        database = try CurbsideDatabase.inMemory()
        store = ZoneFixtures.store(database)
    }

    @Test("zones round-trip, including a polygon with a hole and a MultiPolygon")
    func roundTrip() async throws {
        let zones = [
            ZoneFixtures.zone("sz_square", priority: 3, zipCodes: ["78701", "78702"]),
            ZoneFixtures.zone("sz_hole", isActive: false, zipCodes: [], boundary: ZoneFixtures.squareWithHole),
            ZoneFixtures.zone("sz_multi", boundary: ZoneFixtures.twoSquares),
        ]
        for zone in zones { try await store.insert(zone) }

        #expect(try await store.zones(tenant: "acme") == zones)
        for zone in zones {
            let loaded = try #require(try await store.zone(id: zone.id, tenant: "acme"))
            #expect(loaded == zone)
            #expect(loaded.boundary == zone.boundary)
        }
        #expect(try await store.zone(id: "sz_missing", tenant: "acme") == nil)
    }

    @Test("zones come back in definition order, which updates keep")
    func definitionOrder() async throws {
        for id in ["sz_c", "sz_a", "sz_b"] { try await store.insert(ZoneFixtures.zone(id)) }
        #expect(try await store.zones(tenant: "acme").map(\.id) == ["sz_c", "sz_a", "sz_b"])

        let renamed = ZoneFixtures.zone("sz_c", name: "Renamed", priority: 9, boundary: ZoneFixtures.twoSquares)
        #expect(try await store.update(renamed))
        #expect(try await store.zones(tenant: "acme").map(\.id) == ["sz_c", "sz_a", "sz_b"])
        #expect(try await store.zone(id: "sz_c", tenant: "acme") == renamed)

        #expect(try await store.delete(id: "sz_a", tenant: "acme"))
        try await store.insert(ZoneFixtures.zone("sz_d"))
        #expect(try await store.zones(tenant: "acme").map(\.id) == ["sz_c", "sz_b", "sz_d"])
    }

    @Test("an update keeps the creation time and stamps the update time")
    func updateTimestamps() async throws {
        try await store.insert(ZoneFixtures.zone("sz_a"))
        let later = ZoneFixtures.epoch.addingTimeInterval(3600)
        #expect(try await ZoneFixtures.store(database, at: later).update(ZoneFixtures.zone("sz_a", name: "New")))

        let record = try #require(try await database.writer.read { db in
            try ServiceZoneRecord.filter(key: ["tenant_id": "acme", "id": "sz_a"]).fetchOne(db)
        })
        #expect(record.createdAt == ZoneFixtures.epoch)
        #expect(record.updatedAt == later)
        #expect(record.position == 0)
    }

    @Test("inserting an existing id throws duplicateID and changes nothing")
    func duplicateInsert() async throws {
        try await store.insert(ZoneFixtures.zone("sz_a", name: "Original"))
        await #expect(throws: ZoneStoreError.duplicateID("sz_a")) {
            try await store.insert(ZoneFixtures.zone("sz_a", name: "Copy"))
        }
        #expect(try await store.zones(tenant: "acme").map(\.name) == ["Original"])
    }

    @Test("updating or deleting a missing zone returns false")
    func missingZone() async throws {
        #expect(try await store.update(ZoneFixtures.zone("sz_nope")) == false)
        #expect(try await store.delete(id: "sz_nope", tenant: "acme") == false)
        #expect(try await store.zones(tenant: "acme").isEmpty)
    }

    @Test("zoneCounts and allZones cover every tenant")
    func countsAndAllZones() async throws {
        try await store.insert(ZoneFixtures.zone("sz_2", tenant: "beta"))
        try await store.insert(ZoneFixtures.zone("sz_b", tenant: "acme"))
        try await store.insert(ZoneFixtures.zone("sz_1", tenant: "beta"))
        try await store.insert(ZoneFixtures.zone("sz_a", tenant: "acme"))

        #expect(try await store.zoneCounts() == ["acme": 2, "beta": 2])
        let all = try await store.allZones()
        #expect(all.map { "\($0.tenantID)/\($0.id)" } == ["acme/sz_b", "acme/sz_a", "beta/sz_2", "beta/sz_1"])
        #expect(try await ZoneStore(database: try .inMemory()).zoneCounts().isEmpty)
    }

    @Test("a row whose boundary JSON is damaged reads as corruptRow")
    func corruptRow() async throws {
        try await store.insert(ZoneFixtures.zone("sz_a"))
        try await database.writer.write { db in
            try db.execute(sql: "UPDATE service_zones SET boundary = '{\"type\":\"Point\",\"coordinates\":[0,0]}'")
        }
        await #expect {
            try await store.zones(tenant: "acme")
        } throws: { error in
            guard case ZoneStoreError.corruptRow(let message) = error else { return false }
            return message.contains("sz_a")
        }
    }

    @Test("new zone ids are sz_ and 16 characters from [a-z0-9]")
    func newZoneID() {
        let ids = (0..<50).map { _ in ZoneStore.newZoneID() }
        for id in ids {
            #expect(id.hasPrefix("sz_"))
            let suffix = id.dropFirst(3)
            #expect(suffix.count == 16)
            #expect(suffix.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
        }
        #expect(Set(ids).count == ids.count)
    }
}
