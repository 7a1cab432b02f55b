import CurbsideStore
import Customers
import Foundation
import Testing
import ZoneIndex
import Zones

/// A territory change's transaction on each store: all or nothing, and, on PostgreSQL, a scheduled version
/// applied once though two replicas' outbox workers race for it.
@Suite("Zone versions in the stores")
struct TerritoryStoreTests {
    /// Two squares side by side (west and east) with a property in each, on `storage`, and the services over it.
    struct Setup {
        let storage: any CurbsideStorage
        let registry: ZoneIndexRegistry
        let zones: ZoneService
        let territory: TerritoryService
        let customers: CustomerService
        let clock: TestClock

        init(_ storage: any CurbsideStorage, clock: TestClock = TestClock(Date()), seed: Bool = true) async throws {
            self.storage = storage
            self.clock = clock
            registry = ZoneIndexRegistry(store: storage.zones)
            zones = ZoneService(store: storage.zones, registry: registry)
            territory = TerritoryService(repository: storage.territory, zones: zones, now: clock.now)
            customers = CustomerService(repository: storage.customers, locator: SwitchableLocator(up: true), zones: registry, now: clock.now)
            guard seed else {
                try await registry.loadAll()
                return
            }
            _ = try await storage.zones.importZones([
                ZoneFixtures.zone("sz_west", zipCodes: [], boundary: ZoneFixtures.square(x: -97.75, y: 30.25, size: 0.01)),
                ZoneFixtures.zone("sz_east", zipCodes: [], boundary: ZoneFixtures.square(x: -97.73, y: 30.25, size: 0.01)),
            ], tenant: "acme")
            clock.advance(1)
            try await registry.loadAll()
            for (index, lng) in [-97.7455, -97.7445, -97.7255].enumerated() {
                var input = CustomerInput()
                input.name = "Customer \(index)"
                input.address = "\(index + 1) Main St, Austin, TX 78701"
                input.lat = 30.2505
                input.lng = lng
                _ = try await customers.createCustomer(input, tenant: "acme")
            }
        }

        /// A draft in which the west square is gone and the east one covers both.
        func draftMergingTheSquares() async throws -> String {
            let draft = try await territory.createDraft(name: nil, note: nil, from: .current, tenant: "acme", by: .unnamed)
            try await territory.deleteDraftZone(id: "sz_west", draftID: draft.id, tenant: "acme")
            _ = try await territory.replaceDraftZone(
                id: "sz_east",
                with: ZoneDraft(id: nil, name: "East", boundary: ZoneFixtures.square(x: -97.75, y: 30.25, size: 0.03), zipCodes: nil, priority: nil, isActive: nil),
                draftID: draft.id, tenant: "acme"
            )
            return draft.id
        }

        func propertyZones() async throws -> [String?] {
            try await storage.customers.read { store in
                try store.propertyList(tenant: "acme", query: PropertyQuery()).rows.map(\.summary.property.serviceZoneID).sorted { ($0 ?? "") < ($1 ?? "") }
            }
        }
    }

    /// A repository whose transactions fail at the `failAt`-th property move, after the zone set was written.
    struct FailingTerritory: TerritoryRepository {
        let base: any TerritoryRepository
        let failAt: Int

        func read<T: Sendable>(_ work: @escaping @Sendable (any TerritoryReading) throws -> T) async throws -> T {
            try await base.read(work)
        }

        func write<T: Sendable>(tenant: String, _ work: @escaping @Sendable (any TerritoryWriting) throws -> T) async throws -> T {
            let failAt = failAt
            return try await base.write(tenant: tenant) { store in try work(FailingSession(base: store, failAt: failAt)) }
        }
    }

    struct Crash: Error {}

    final class FailingSession: TerritoryWriting {
        let base: any TerritoryWriting
        let failAt: Int

        init(base: any TerritoryWriting, failAt: Int) {
            self.base = base
            self.failAt = failAt
        }

        func liveZones(tenant: String) throws -> [PositionedZone] { try base.liveZones(tenant: tenant) }
        func currentVersionID(tenant: String) throws -> String? { try base.currentVersionID(tenant: tenant) }
        func version(id: String, tenant: String) throws -> ZoneVersion? { try base.version(id: id, tenant: tenant) }
        func appliedVersions(tenant: String) throws -> [ZoneVersion] { try base.appliedVersions(tenant: tenant) }
        func nextVersionNumber(tenant: String) throws -> Int { try base.nextVersionNumber(tenant: tenant) }
        func drafts(tenant: String) throws -> [ZoneSetDraft] { try base.drafts(tenant: tenant) }
        func draft(id: String, tenant: String) throws -> ZoneSetDraft? { try base.draft(id: id, tenant: tenant) }
        func draftZones(draftID: String, tenant: String) throws -> [PositionedZone] { try base.draftZones(draftID: draftID, tenant: tenant) }
        func versionEntries(tenant: String, versionIDs: [String]) throws -> [ZoneVersionEntry] { try base.versionEntries(tenant: tenant, versionIDs: versionIDs) }
        func rezoneSubjects(tenant: String) throws -> [RezoneSubject] { try base.rezoneSubjects(tenant: tenant) }
        func activeRouteTemplates(tenant: String) throws -> [RouteTemplate] { try base.activeRouteTemplates(tenant: tenant) }
        func tenantSettings(tenant: String) throws -> TenantSettings { try base.tenantSettings(tenant: tenant) }
        func property(id: String, tenant: String) throws -> Property? { try base.property(id: id, tenant: tenant) }
        func zoneChanges(propertyID: String, tenant: String) throws -> [PropertyZoneChange] { try base.zoneChanges(propertyID: propertyID, tenant: tenant) }
        func insertDraft(_ draft: ZoneSetDraft, copyingLiveZones: Bool) throws { try base.insertDraft(draft, copyingLiveZones: copyingLiveZones) }
        func updateDraft(_ draft: ZoneSetDraft) throws { try base.updateDraft(draft) }
        func deleteDraft(id: String, tenant: String) throws -> Bool { try base.deleteDraft(id: id, tenant: tenant) }
        func saveDraftZone(_ zone: PositionedZone, draftID: String) throws { try base.saveDraftZone(zone, draftID: draftID) }
        func deleteDraftZone(id: String, draftID: String, tenant: String) throws -> Bool { try base.deleteDraftZone(id: id, draftID: draftID, tenant: tenant) }
        func applyToLiveZones(_ delta: ZoneSetDelta, tenant: String, at date: Date) throws { try base.applyToLiveZones(delta, tenant: tenant, at: date) }
        func insertVersion(_ version: ZoneVersion, delta: ZoneSetDelta) throws { try base.insertVersion(version, delta: delta) }
        func updateVersion(_ version: ZoneVersion) throws { try base.updateVersion(version) }
        func enqueue(_ events: [OutboxEvent]) throws { try base.enqueue(events) }
        func markDelivered(eventID: String, tenant: String, at date: Date, note: String?) throws {
            try base.markDelivered(eventID: eventID, tenant: tenant, at: date, note: note)
        }

        /// Applies the moves before the `failAt`-th, then fails.
        func apply(_ moves: [PropertyMove], version: ZoneVersion, at date: Date) throws {
            guard moves.count >= failAt else { return try base.apply(moves, version: version, at: date) }
            try base.apply(Array(moves.prefix(failAt - 1)), version: version, at: date)
            throw Crash()
        }
    }

    static func storages() async throws -> [any CurbsideStorage] {
        var storages: [any CurbsideStorage] = [try CurbsideDatabase.inMemory()]
        if let url = testPostgresURL {
            storages.append(try await PostgresStore.open(url: url, connections: 2, schema: "tv_" + UUID().uuidString.prefix(8).lowercased()))
        }
        return storages
    }

    @Test("a publish that fails during the moves leaves the old set, the properties, the draft and no events")
    func publishIsAllOrNothing() async throws {
        for storage in try await Self.storages() {
            let setup = try await Setup(storage)
            let before = try await setup.propertyZones()
            #expect(before == ["sz_east", "sz_west", "sz_west"])
            let draft = try await setup.draftMergingTheSquares()
            let plan = try await setup.territory.impact(draftID: draft, tenant: "acme")
            #expect(plan.moves.count == 2 && plan.removedZones == ["sz_west"] && plan.changedZones == ["sz_east"])

            let failing = TerritoryService(repository: FailingTerritory(base: storage.territory, failAt: 2), zones: setup.zones, now: setup.clock.now)
            await #expect(throws: Crash.self) {
                _ = try await failing.publish(draftID: draft, .init(), tenant: "acme", by: .unnamed)
            }
            #expect(try await storage.zones.zones(tenant: "acme").map(\.id) == ["sz_west", "sz_east"])
            #expect(try await storage.zones.versions(tenant: "acme").count == 1)
            #expect(try await setup.propertyZones() == before)
            #expect(try await setup.territory.draft(id: draft, tenant: "acme").id == draft)
            let events = try await storage.outbox.claimDue(now: setup.clock.now().addingTimeInterval(1), until: setup.clock.now().addingTimeInterval(60), limit: 100)
            #expect(!events.contains { $0.kind == .propertyRezoned || $0.kind == .zoneSetPublished })

            // The same publish, not interrupted, does what the preview said.
            let beforePublish = setup.clock.now()
            setup.clock.advance(1)
            let version = try await setup.territory.publish(draftID: draft, .init(), tenant: "acme", by: ZoneAuthor(subject: "planner"))
            #expect(version.moved == 2 && version.publishedBy == "planner" && version.number == 2)
            #expect(try await setup.propertyZones() == ["sz_east", "sz_east", "sz_east"])
            let index = try #require(try await setup.registry.index(for: "acme", asOf: beforePublish))
            #expect(index.version.number == 1, "the set before the publish is still answered as of a date before it")
        }
    }

    @Test("a scheduled version whose zones another version changed meanwhile fails, saying which, and changes nothing")
    func conflictingScheduledVersionFails() async throws {
        for storage in try await Self.storages() {
            let setup = try await Setup(storage)
            let draft = try await setup.draftMergingTheSquares()
            let version = try await setup.territory.publish(
                draftID: draft, .init(effectiveAt: setup.clock.now().addingTimeInterval(3600)), tenant: "acme", by: .unnamed
            )
            #expect(version.status == .scheduled)
            _ = try await setup.zones.replace(
                id: "sz_east", with: ZoneDraft(id: nil, name: "East renamed", boundary: ZoneFixtures.square(x: -97.73, y: 30.25, size: 0.01),
                                               zipCodes: nil, priority: nil, isActive: nil), tenant: "acme"
            )
            setup.clock.advance(3601)
            var worker = OutboxWorker(repository: storage.outbox, stripe: nil, locator: SwitchableLocator(up: true), zones: setup.registry, now: setup.clock.now, log: { _ in })
            worker.territory = setup.territory
            _ = await worker.deliverDue()
            let stored = try #require(try await storage.zones.versions(tenant: "acme").first { $0.id == version.id })
            #expect(stored.status == .failed && stored.failure?.contains("sz_east") == true, "\(String(describing: stored.failure))")
            #expect(try await storage.zones.zones(tenant: "acme").map(\.id) == ["sz_west", "sz_east"])
        }
    }

    @Test("two replicas' outbox workers racing for a scheduled version apply it once", .enabled(if: testPostgresURL != nil))
    func scheduledOnceAcrossReplicas() async throws {
        let (first, second) = try await twoPostgresReplicas()
        let clock = TestClock()
        let one = try await Setup(first, clock: clock)
        let two = try await Setup(second, clock: clock, seed: false)
        let draft = try await one.draftMergingTheSquares()
        let version = try await one.territory.publish(draftID: draft, .init(effectiveAt: clock.now().addingTimeInterval(60)), tenant: "acme", by: .unnamed)
        clock.advance(61)
        let workers = [one, two].map { setup in
            var worker = OutboxWorker(repository: setup.storage.outbox, stripe: nil, locator: SwitchableLocator(up: true), zones: setup.registry, now: clock.now, log: { _ in })
            worker.territory = setup.territory
            return worker
        }
        await withTaskGroup(of: Void.self) { group in
            for worker in workers {
                group.addTask {
                    for _ in 0..<3 { _ = await worker.deliverDue(limit: 1) }
                }
            }
        }
        let stored = try #require(try await first.zones.versions(tenant: "acme").first { $0.id == version.id })
        #expect(stored.status == .applied && stored.moved == 2)
        #expect(try await first.strings("SELECT subject_id FROM outbox_events WHERE kind = 'zone_set.published'") == [version.id])
        #expect(try await first.strings("SELECT property_id FROM property_zone_changes").count == 2)
        #expect(try await two.registry.index(for: "acme", asOf: clock.now()) != nil)
        await first.close()
        await second.close()
    }
}
