import CurbsideStore
import Foundation
import GRDB
import Testing
import Zones
import ZoneIndex

@Suite("ZoneStore.importZones")
struct ZoneImportTests {
    let database: CurbsideDatabase
    let store: ZoneStore

    init() throws {
        database = try CurbsideDatabase.inMemory()
        store = ZoneFixtures.store(database)
    }

    @Test("upserts by id: existing zones keep their place, new ones are appended in file order")
    func upsert() async throws {
        try await store.insert(ZoneFixtures.zone("sz_a", name: "Old A"))
        try await store.insert(ZoneFixtures.zone("sz_b", name: "Old B"))

        let summary = try await store.importZones(
            [
                ZoneFixtures.zone("sz_z", name: "New Z"),
                ZoneFixtures.zone("sz_b", name: "New B", boundary: ZoneFixtures.squareWithHole),
                ZoneFixtures.zone("sz_c", name: "New C"),
            ],
            tenant: "acme"
        )

        #expect(summary == ZoneImportSummary(inserted: 2, updated: 1))
        let zones = try await store.zones(tenant: "acme")
        #expect(zones.map(\.id) == ["sz_a", "sz_b", "sz_z", "sz_c"])
        #expect(zones.map(\.name) == ["Old A", "New B", "New Z", "New C"])
        #expect(zones[1].boundary == ZoneFixtures.squareWithHole)
    }

    @Test("imported zones belong to the given tenant, whatever they say")
    func tenantOverride() async throws {
        let summary = try await store.importZones([ZoneFixtures.zone("sz_a", tenant: "other")], tenant: "acme")

        #expect(summary == ZoneImportSummary(inserted: 1, updated: 0))
        #expect(try await store.zones(tenant: "acme").map(\.tenantID) == ["acme"])
        #expect(try await store.zones(tenant: "other").isEmpty)
    }

    @Test("a database failure on the second of three zones leaves nothing written")
    func rollbackOnDatabaseFailure() async throws {
        try await store.insert(ZoneFixtures.zone("sz_existing", name: "Before"))
        try await database.writer.write { db in
            try db.execute(sql: """
                CREATE TRIGGER reject_boom BEFORE INSERT ON service_zones WHEN NEW.id = 'sz_boom'
                BEGIN SELECT RAISE(ABORT, 'boom rejected'); END
                """)
        }
        let before = try await snapshot()

        await #expect(throws: DatabaseError.self) {
            try await store.importZones(
                [
                    ZoneFixtures.zone("sz_existing", name: "After"),
                    ZoneFixtures.zone("sz_boom"),
                    ZoneFixtures.zone("sz_never"),
                ],
                tenant: "acme"
            )
        }

        #expect(try await snapshot() == before)
        #expect(try await store.zones(tenant: "acme").map(\.name) == ["Before"])
    }

    @Test("a boundary that cannot be encoded on the second of three zones leaves nothing written")
    func rollbackOnEncodingFailure() async throws {
        let unencodable = ZoneBoundary.polygon(Polygon(exterior: [
            Coordinate(x: .nan, y: 30), Coordinate(x: -97, y: 30), Coordinate(x: -97, y: 31), Coordinate(x: .nan, y: 30),
        ]))

        await #expect(throws: EncodingError.self) {
            try await store.importZones(
                [
                    ZoneFixtures.zone("sz_first"),
                    ZoneFixtures.zone("sz_bad", boundary: unencodable),
                    ZoneFixtures.zone("sz_third"),
                ],
                tenant: "acme"
            )
        }

        #expect(try await snapshot().isEmpty)
    }

    /// Every stored zone row, as the database holds it.
    private func snapshot() async throws -> [ServiceZoneRecord] {
        try await database.writer.read { db in
            try ServiceZoneRecord.order(ServiceZoneRecord.Columns.tenantID, ServiceZoneRecord.Columns.id).fetchAll(db)
        }
    }
}
