import Customers
import Foundation
import Testing

/// Bulk import: every acceptable row in one write, refused rows reported by index, plans and zones by name.
@Suite("Importing customers")
struct ImportCustomersTests {
    let f = ServiceFixture()

    func run(_ rows: [CustomerInput]) async throws -> CustomerImport {
        try await f.service.importCustomers(rows, tenant: f.tenant)
    }

    @Test("acceptable rows are created in one write, in order, with their properties and events")
    func oneWrite() async throws {
        let result = try await run([
            CustomerInput(name: "Alice Brown") { $0.email = "alice@example.com"; $0.address = Place.east.address },
            CustomerInput(name: "Bob Wilson") { $0.address = Place.south.address },
        ])
        #expect(result.errors.isEmpty)
        #expect(f.repository.writeCount == 1)
        #expect(result.ids.compactMap { f.stored($0)?.name } == ["Alice Brown", "Bob Wilson"])
        #expect(result.ids.map { f.properties(of: $0).count } == [1, 1])
        #expect(f.outbox == [.init(kind: .welcomeEmail, subject: result.ids[0])])
    }

    @Test("a refused row is reported by its index and the others are created")
    func perRowErrors() async throws {
        let result = try await run([
            CustomerInput(name: "Alice"),
            CustomerInput(name: nil),
            CustomerInput(name: "Carol") { $0.servicePlanName = "Platinum"; $0.address = Place.east.address; $0.email = "carol@example.com" },
            CustomerInput(name: "Dave") { $0.email = "dave@" },
            CustomerInput(name: "Erin") { $0.serviceZoneID = "sz_none"; $0.address = Place.south.address; $0.email = "erin@example.com" },
            CustomerInput(name: "Fay"),
        ])
        #expect(result.ids.compactMap { f.stored($0)?.name } == ["Alice", "Fay"])
        #expect(result.errors.map(\.index) == [1, 2, 3, 4])
        #expect(result.errors.map(\.error.field) == ["name", "service_plan_name", "email", "service_zone_id"])
        // Rows refused inside the write left nothing behind: no customer, property, stop or event.
        #expect(f.repository.tables.customers.count == 2)
        #expect(f.repository.tables.properties.isEmpty && f.repository.tables.templateStops.isEmpty && f.outbox.isEmpty)
    }

    @Test("plans and zones are matched by name, in any case; a named zone wins over the matched one")
    func byName() async throws {
        let result = try await run([
            CustomerInput(name: "Alice") { $0.address = Place.east.address; $0.servicePlanName = "weekly standard" },
            CustomerInput(name: "Bob") { $0.address = Place.east.address; $0.servicePlanName = "Weekly Standard"; $0.serviceZoneName = "SOUTH CONGRESS" },
            CustomerInput(name: "Carol") { $0.serviceZoneName = "Nowhere" },
        ])
        #expect(result.errors.map(\.index) == [2] && result.errors.first?.error.field == "service_zone_name")
        let alice = try #require(f.stored(result.ids[0])), bob = try #require(f.stored(result.ids[1]))
        #expect(alice.servicePlanID == "sp_weekly" && alice.serviceZoneID == "sz_east")
        #expect(bob.servicePlanID == "sp_weekly" && bob.serviceZoneID == "sz_south")
        let bobsProperty = try #require(f.properties(of: bob.id).first)
        #expect(bobsProperty.serviceZoneID == "sz_south" && f.activeStops(on: "rt_wed") == [bobsProperty.id])
    }

    @Test("an id given wins over a name")
    func idOverName() async throws {
        let result = try await run([
            CustomerInput(name: "Alice") { $0.servicePlanID = "sp_biweekly"; $0.servicePlanName = "Weekly Standard" },
            CustomerInput(name: "Bob") { $0.serviceZoneID = "sz_valle"; $0.serviceZoneName = "No Such Zone" },
        ])
        #expect(result.errors.isEmpty)
        #expect(result.ids.compactMap { f.stored($0)?.servicePlanID } == ["sp_biweekly"])
        #expect(result.ids.compactMap { f.stored($0)?.serviceZoneID } == ["sz_valle"])
    }

    @Test("when the write fails, no row is kept")
    func allOrNothing() async throws {
        let before = f.repository.tables
        f.repository.inject([.insertProperty])
        await #expect(throws: InMemoryStoreError.injected(.insertProperty)) {
            try await run([CustomerInput(name: "Alice"), CustomerInput(name: "Bob") { $0.address = Place.east.address }])
        }
        #expect(f.repository.tables == before)
    }

    @Test("an empty import creates nothing")
    func empty() async throws {
        let result = try await run([])
        #expect(result.ids.isEmpty && result.errors.isEmpty && f.repository.tables.customers.isEmpty)
    }
}
