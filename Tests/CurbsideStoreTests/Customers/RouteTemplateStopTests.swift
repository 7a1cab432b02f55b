import CurbsideStore
import Customers
import Foundation
import GRDB
import Testing

@Suite("GRDBCustomerRepository route templates and their stops")
struct RouteTemplateStopTests {
    let database: CurbsideDatabase
    let repository: GRDBCustomerRepository

    init() throws {
        database = try CurbsideDatabase.inMemory()
        repository = CustomerFixtures.repository(database)
    }

    /// The stop rows of `tenant`, by template: template id, stop id, whether active.
    private func stops(tenant: String = "acme") async throws -> [(template: String, id: String, isActive: Bool)] {
        try await database.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT route_template_id, id, is_active FROM route_template_stops
                WHERE tenant_id = ? ORDER BY route_template_id, property_id
                """, arguments: [tenant])
                .map { ($0[0], $0[1], $0[2]) }
        }
    }

    @Test("the template for a zone and plan is the first active one by name")
    func templateForZoneAndPlan() async throws {
        try await CustomerFixtures.seedTemplate(database, "rt_b", name: "Bravo")
        try await CustomerFixtures.seedTemplate(database, "rt_a", name: "Alpha")
        try await CustomerFixtures.seedTemplate(database, "rt_0", name: "Aardvark", isActive: false)
        try await CustomerFixtures.seedTemplate(database, "rt_s", name: "Aaa south", zoneID: "sz_south")
        try await CustomerFixtures.seedTemplate(database, "rt_p", name: "Aaa biweekly", planID: "sp_biweekly")

        try await repository.read { reader throws in
            #expect(try reader.routeTemplateID(zoneID: "sz_north", planID: "sp_weekly", tenant: "acme") == "rt_a")
            #expect(try reader.routeTemplateID(zoneID: "sz_south", planID: "sp_weekly", tenant: "acme") == "rt_s")
            #expect(try reader.routeTemplateID(zoneID: "sz_north", planID: "sp_biweekly", tenant: "acme") == "rt_p")
            #expect(try reader.routeTemplateID(zoneID: "sz_south", planID: "sp_biweekly", tenant: "acme") == nil)
        }
    }

    @Test("templates with the same name are taken by id")
    func sameNameTemplates() async throws {
        try await CustomerFixtures.seedTemplate(database, "rt_z", name: "Route")
        try await CustomerFixtures.seedTemplate(database, "rt_y", name: "Route")
        #expect(try await repository.read {
            try $0.routeTemplateID(zoneID: "sz_north", planID: "sp_weekly", tenant: "acme")
        } == "rt_y")
    }

    @Test("activating, deactivating and reactivating keeps one row per template and property")
    func activateDeactivateReactivate() async throws {
        try await repository.write { writer throws in
            try writer.activateTemplateStop(templateID: "rt_a", propertyID: "prp_1", tenant: "acme")
            try writer.activateTemplateStop(templateID: "rt_a", propertyID: "prp_1", tenant: "acme")
            try writer.activateTemplateStop(templateID: "rt_b", propertyID: "prp_1", tenant: "acme")
            try writer.activateTemplateStop(templateID: "rt_a", propertyID: "prp_2", tenant: "acme")
            try writer.activateTemplateStop(templateID: "rt_a", propertyID: "prp_1", tenant: "beta")
        }
        let added = try await stops()
        #expect(added.map(\.template) == ["rt_a", "rt_a", "rt_b"])
        #expect(added.allSatisfy { $0.isActive })
        for stop in added {
            #expect(stop.id.hasPrefix("rts_"))
            #expect(stop.id.dropFirst(4).count == 16)
            #expect(stop.id.dropFirst(4).allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) })
        }
        #expect(Set(added.map(\.id)).count == 3)

        try await repository.write { try $0.deactivateTemplateStops(propertyID: "prp_1", tenant: "acme") }
        #expect(try await stops().map(\.isActive) == [false, true, false])
        #expect(try await stops(tenant: "beta").map(\.isActive) == [true])

        try await repository.write {
            try $0.activateTemplateStop(templateID: "rt_a", propertyID: "prp_1", tenant: "acme")
        }
        let reactivated = try await stops()
        #expect(reactivated.map(\.id) == added.map(\.id))
        #expect(reactivated.map(\.isActive) == [true, true, false])
    }

    @Test("a stop's creation time stays and its update time follows changes")
    func timestamps() async throws {
        let first = GRDBCustomerRepository(database: database, now: { CustomerFixtures.at(1) })
        let second = GRDBCustomerRepository(database: database, now: { CustomerFixtures.at(2) })
        let third = GRDBCustomerRepository(database: database, now: { CustomerFixtures.at(3) })
        try await first.write { try $0.activateTemplateStop(templateID: "rt_a", propertyID: "prp_1", tenant: "acme") }
        try await second.write { try $0.deactivateTemplateStops(propertyID: "prp_1", tenant: "acme") }
        try await third.write { try $0.activateTemplateStop(templateID: "rt_a", propertyID: "prp_1", tenant: "acme") }

        let (created, updated) = try await database.writer.read { db in
            let row = try #require(try Row.fetchOne(db, sql: "SELECT created_at, updated_at FROM route_template_stops"))
            return (row[0] as Date, row[1] as Date)
        }
        #expect(created == CustomerFixtures.at(1))
        #expect(updated == CustomerFixtures.at(3))
    }
}
