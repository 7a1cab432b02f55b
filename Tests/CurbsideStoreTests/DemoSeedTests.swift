import CurbsideStore
import Foundation
import GRDB
import Testing
import ZoneIndex

@Suite("DemoSeed")
struct DemoSeedTests {
    let database: CurbsideDatabase
    let store: ZoneStore
    let catalog: CatalogStore

    init() throws {
        database = try CurbsideDatabase.inMemory()
        store = ZoneFixtures.store(database)
        catalog = CatalogStore(database: database)
    }

    private let zones = [
        ZoneFixtures.zone("sz_north", tenant: "ignored", name: "North"),
        ZoneFixtures.zone("sz_closed", name: "Closed", isActive: false),
        ZoneFixtures.zone("sz_south", name: "South", boundary: ZoneFixtures.twoSquares),
        ZoneFixtures.zone("sz_east", name: "East", boundary: ZoneFixtures.squareWithHole),
    ]

    @Test("seeds zones, two plans and a template per active zone and plan")
    func seedCounts() async throws {
        let summary = try await DemoSeed.seed(into: database, tenant: "demo", zones: zones, now: ZoneFixtures.epoch)

        #expect(summary == DemoSeedSummary(zones: 4, plans: 2, routeTemplates: 6))
        #expect(try await store.zones(tenant: "demo").map(\.id) == zones.map(\.id))
        #expect(try await store.zones(tenant: "demo").allSatisfy { $0.tenantID == "demo" })

        let plans = try await catalog.servicePlans(tenant: "demo")
        #expect(plans.map(\.id) == ["sp_biweekly_recycling", "sp_weekly_standard"])
        #expect(plans.map(\.frequency) == ["biweekly", "weekly"])
        #expect(plans.map(\.priceCents) == [1800, 3500])

        let templates = try await catalog.routeTemplates(tenant: "demo")
        #expect(templates.count == 6)
        #expect(templates.allSatisfy { $0.id.hasPrefix("rt_") && $0.serviceZoneID != "sz_closed" })
        #expect(Set(templates.map(\.name)) == [
            "North — Weekly Standard", "North — Biweekly Recycling",
            "South — Weekly Standard", "South — Biweekly Recycling",
            "East — Weekly Standard", "East — Biweekly Recycling",
        ])
        let days = Dictionary(uniqueKeysWithValues: templates.map { ($0.name, $0.dayOfWeek) })
        #expect(days["North — Weekly Standard"] == "monday")
        #expect(days["North — Biweekly Recycling"] == "tuesday")
        #expect(days["South — Weekly Standard"] == "wednesday")
        #expect(days["South — Biweekly Recycling"] == "thursday")
        #expect(days["East — Weekly Standard"] == "friday")
        #expect(days["East — Biweekly Recycling"] == "monday")
    }

    @Test("a tenant that already has zones is left alone")
    func idempotent() async throws {
        #expect(try await DemoSeed.seed(into: database, tenant: "demo", zones: zones) != nil)
        let plans = try await catalog.servicePlans(tenant: "demo")
        let templates = try await catalog.routeTemplates(tenant: "demo")
        let zonesBefore = try await store.zones(tenant: "demo")

        let other = [ZoneFixtures.zone("sz_other", name: "Other")]
        #expect(try await DemoSeed.seed(into: database, tenant: "demo", zones: other) == nil)

        #expect(try await store.zones(tenant: "demo") == zonesBefore)
        #expect(try await catalog.servicePlans(tenant: "demo") == plans)
        #expect(try await catalog.routeTemplates(tenant: "demo") == templates)
    }

    @Test("seeding one tenant does not touch another")
    func perTenant() async throws {
        try await store.insert(ZoneFixtures.zone("sz_north", tenant: "existing"))
        #expect(try await DemoSeed.seed(into: database, tenant: "existing", zones: zones) == nil)
        #expect(try await DemoSeed.seed(into: database, tenant: "demo", zones: zones) != nil)

        #expect(try await catalog.servicePlans(tenant: "existing").isEmpty)
        #expect(try await catalog.routeTemplates(tenant: "existing").isEmpty)
        #expect(try await store.zoneCounts() == ["existing": 1, "demo": 4])
    }

    @Test("deleting a zone clears its tenant's route template references and keeps the templates")
    func deleteClearsTemplateReferences() async throws {
        _ = try await DemoSeed.seed(into: database, tenant: "demo", zones: zones)
        _ = try await DemoSeed.seed(into: database, tenant: "other", zones: zones)

        #expect(try await store.delete(id: "sz_north", tenant: "demo"))

        let templates = try await catalog.routeTemplates(tenant: "demo")
        #expect(templates.count == 6)
        let orphaned = templates.filter { $0.name.hasPrefix("North") }
        #expect(orphaned.count == 2)
        #expect(orphaned.allSatisfy { $0.serviceZoneID == nil && $0.servicePlanID != nil })
        #expect(templates.filter { $0.name.hasPrefix("South") }.allSatisfy { $0.serviceZoneID == "sz_south" })
        #expect(try await catalog.routeTemplates(tenant: "other").filter { $0.serviceZoneID == "sz_north" }.count == 2)
    }
}
