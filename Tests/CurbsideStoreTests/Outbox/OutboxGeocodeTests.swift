import CurbsideStore
import Customers
import Foundation
import GRDB
import Testing

@Suite("OutboxWorker geocoding")
struct OutboxGeocodeTests {
    let database: CurbsideDatabase
    let clock = TestClock()
    let locator = SwitchableLocator(up: false)
    let service: CustomerService

    init() async throws {
        database = try CurbsideDatabase.inMemory()
        try await CustomerFixtures.seedCatalog(database)
        try await CustomerFixtures.seedTemplate(database, "rt_north", name: "North weekly")
        service = OutboxFixtures.service(database, locator: locator, clock: clock)
    }

    /// The active route-template stops of `propertyID`.
    private func activeTemplates(of propertyID: String) async throws -> [String] {
        try await database.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT route_template_id FROM route_template_stops WHERE tenant_id = 'acme' AND property_id = ? AND is_active
                """, arguments: [propertyID])
        }
    }

    @Test("a pending property stays pending while the geocoder is down and is placed when it is back")
    func pendingPropertyResolved() async throws {
        let created = try await OutboxFixtures.createCustomer(service, email: nil, address: OutboxFixtures.address)
        let property = try #require(try await service.properties(customerID: created.customer.id, tenant: "acme").first?.property)
        #expect(property.geocodeStatus == .pending)
        #expect(property.serviceZoneID == nil)
        #expect(try await activeTemplates(of: property.id).isEmpty)
        let event = try #require(try await OutboxFixtures.event(database, kind: .geocode))
        #expect(event.subjectID == property.id)

        let worker = OutboxFixtures.worker(database, email: RecordingEmailSender(), locator: locator, clock: clock)
        #expect(await worker.deliverDue() == (0, 1))
        #expect(try await OutboxFixtures.event(database, kind: .geocode)?.lastError == "geocoder unavailable")
        #expect(try await service.properties(customerID: created.customer.id, tenant: "acme").first?.property.geocodeStatus == .pending)

        locator.set(up: true)
        clock.advance(1)
        #expect(await worker.deliverDue() == (1, 0))
        clock.advance(3600)
        #expect(await worker.deliverDue() == (0, 0))

        let placed = try #require(try await service.properties(customerID: created.customer.id, tenant: "acme").first?.property)
        #expect(placed.lat == SwitchableLocator.lat)
        #expect(placed.lng == SwitchableLocator.lng)
        #expect(placed.geocodeStatus == .located)
        #expect(placed.serviceZoneID == "sz_north")
        #expect(try await activeTemplates(of: property.id) == ["rt_north"])
        let customer = try await service.customer(id: created.customer.id, tenant: "acme").customer
        #expect(customer.geocodeStatus == .located)
        #expect(customer.lat == SwitchableLocator.lat)
        #expect(customer.serviceZoneID == "sz_north")
        #expect(try await OutboxStore(database: database).pendingCount() == 0)
    }

    @Test("a pending property the geocoder finds only the region of is stored too coarse, without a point or a stop")
    func pendingPropertyTooCoarse() async throws {
        let created = try await OutboxFixtures.createCustomer(service, email: nil, address: OutboxFixtures.address)
        locator.set(up: true)
        locator.set(coarse: true)
        #expect(await OutboxFixtures.worker(database, email: RecordingEmailSender(), locator: locator, clock: clock).deliverDue() == (1, 0))

        let property = try #require(try await service.properties(customerID: created.customer.id, tenant: "acme").first?.property)
        #expect(property.geocodeStatus == .tooCoarse && property.lat == nil && property.lng == nil && property.serviceZoneID == nil)
        #expect(try await activeTemplates(of: property.id).isEmpty)
        let customer = try await service.customer(id: created.customer.id, tenant: "acme").customer
        #expect(customer.geocodeStatus == .tooCoarse && customer.lat == nil)
        let stored = try await database.writer.read { db in
            try String.fetchAll(db, sql: "SELECT geocode_status FROM properties WHERE id = ? UNION ALL SELECT geocode_status FROM customers WHERE id = ?",
                                arguments: [property.id, customer.id])
        }
        #expect(stored == ["too_coarse", "too_coarse"])
        #expect(try await OutboxStore(database: database).pendingCount() == 0)
    }

    @Test("a zone already on the property is kept")
    func existingZoneKept() async throws {
        var input = PropertyInput()
        input.address = OutboxFixtures.address
        input.serviceZoneID = "sz_south"
        let created = try await OutboxFixtures.createCustomer(service, email: nil)
        let property = try await service.createProperty(customerID: created.customer.id, input: input, tenant: "acme").property
        #expect(property.geocodeStatus == .pending)

        locator.set(up: true)
        #expect(await OutboxFixtures.worker(database, email: RecordingEmailSender(), locator: locator, clock: clock).deliverDue() == (1, 0))
        let placed = try #require(try await service.properties(customerID: created.customer.id, tenant: "acme").first?.property)
        #expect(placed.geocodeStatus == .located)
        #expect(placed.serviceZoneID == "sz_south")
    }

    @Test("a customer's new address is geocoded when the geocoder is back")
    func pendingCustomerResolved() async throws {
        let created = try await OutboxFixtures.createCustomer(service, email: nil)
        var changes = CustomerChanges()
        changes.address = .set(OutboxFixtures.address)
        #expect(try await service.updateCustomer(id: created.customer.id, changes: changes, tenant: "acme").customer.geocodeStatus == .pending)
        #expect(try await OutboxFixtures.event(database, kind: .geocode)?.subjectID == created.customer.id)

        locator.set(up: true)
        #expect(await OutboxFixtures.worker(database, email: RecordingEmailSender(), locator: locator, clock: clock).deliverDue() == (1, 0))
        let customer = try await service.customer(id: created.customer.id, tenant: "acme").customer
        #expect(customer.geocodeStatus == .located)
        #expect(customer.lng == SwitchableLocator.lng)
        #expect(customer.serviceZoneID == "sz_north")
    }

    @Test("a property given coordinates meanwhile is left as it is")
    func manualCoordinatesWin() async throws {
        let created = try await OutboxFixtures.createCustomer(service, email: nil, address: OutboxFixtures.address)
        let property = try #require(try await service.properties(customerID: created.customer.id, tenant: "acme").first?.property)
        var changes = PropertyChanges()
        changes.lat = .set(30.3)
        changes.lng = .set(-97.7)
        _ = try await service.updateProperty(id: property.id, changes: changes, tenant: "acme")

        locator.set(up: true)
        #expect(await OutboxFixtures.worker(database, email: RecordingEmailSender(), locator: locator, clock: clock).deliverDue() == (1, 0))
        let kept = try #require(try await service.properties(customerID: created.customer.id, tenant: "acme").first?.property)
        #expect(kept.geocodeStatus == .manual)
        #expect(kept.lat == 30.3)
        #expect(try await OutboxFixtures.event(database, kind: .geocode)?.lastError == "no longer pending")
    }
}
