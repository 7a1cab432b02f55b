import Customers
import Testing

/// Assessments as records are written, refreshed when zones change, and the review queue's order.
@Suite("Assignment refresh and review queue")
struct AssignmentRefreshTests {
    let repository = InMemoryCustomerRepository(Catalog.tables)
    let locator = ScriptedLocator()
    let zones = MovableZones(covering: "sz_east", zipZone: "sz_south", boundaryDistance: 800)
    var service: CustomerService { CustomerService(repository: repository, locator: locator, zones: zones) }
    let tenant = Catalog.tenant

    init() {
        for place in Place.all {
            locator.answer(place.address, with: .located(
                lat: place.lat, lng: place.lng, zip: place.zip, quality: PlacementQuality(precision: .rooftop, source: "offline", confidence: 0.9)
            ))
        }
    }

    func property(_ id: String) -> Property? {
        repository.tables.properties.first { $0.id == id }
    }

    @Test("a property is written with how it was placed, its boundary distance and its assignment; so is its customer")
    func writtenAssessed() async throws {
        let customer = try await service.createCustomer(CustomerInput(name: "Pat") { $0.address = Place.east.address }, tenant: tenant)
        let stored = try #require(repository.tables.properties.first { $0.customerID == customer.customer.id })
        #expect(stored.quality == PlacementQuality(
            precision: .rooftop, source: "offline", confidence: 0.9, method: .polygon, boundaryDistance: 800, assignment: .confident
        ))
        #expect(repository.tables.customers.first { $0.id == customer.customer.id }?.quality == stored.quality)
    }

    @Test("a zone change marks what its zone no longer covers, and only what changed is written")
    func refreshAfterZoneChange() async throws {
        let customer = try await service.createCustomer(CustomerInput(name: "Pat") { $0.address = Place.east.address }, tenant: tenant)
        let id = try #require(repository.tables.properties.first { $0.customerID == customer.customer.id }).id
        #expect(try await service.refreshAssignments(tenant: tenant) == AssignmentRefreshSummary(checked: 1, changed: 0, review: 0))
        zones.move { $0.covering = "sz_south"; $0.boundaryDistance = 10 }
        #expect(try await service.refreshAssignments(tenant: tenant) == AssignmentRefreshSummary(checked: 1, changed: 1, review: 1))
        let quality = try #require(property(id)?.quality)
        #expect(quality.reasons == [.zoneMismatch, .nearBoundary] && quality.boundaryDistance == 10 && quality.assignment == .review)
        #expect(property(id)?.serviceZoneID == "sz_east", "the refresh re-assesses; it does not move the property")
    }

    @Test("a pin dropped on a map is manual precision and matched again; a zone given is pinned")
    func resolve() async throws {
        let customer = try await service.createCustomer(CustomerInput(name: "Pat") { $0.address = Place.east.address }, tenant: tenant)
        let id = try #require(repository.tables.properties.first { $0.customerID == customer.customer.id }).id
        zones.move { $0.covering = "sz_south" }
        let pinned = try await service.updateProperty(id: id, changes: PropertyChanges { $0.lat = .set(30.25); $0.lng = .set(-97.75) }, tenant: tenant)
        #expect(pinned.property.quality.precision == .manual && pinned.property.quality.method == .polygon)
        #expect(pinned.property.serviceZoneID == "sz_south" && pinned.property.geocodeStatus == .manual)
        let zoned = try await service.updateProperty(id: id, changes: PropertyChanges { $0.serviceZoneID = .set("sz_east") }, tenant: tenant)
        #expect(zoned.property.quality.method == .manual && zoned.property.quality.assignment == .confident)
        zones.move { $0.covering = nil }
        try await service.refreshAssignments(tenant: tenant)
        #expect(property(id)?.quality.reasons == [], "a pinned zone is not a mismatch")
    }

    @Test("the review queue lists doubtful properties first: no zone, then mismatch, then nearest a boundary")
    func reviewOrder() async throws {
        let customer = try await service.createCustomer(CustomerInput(name: "Pat"), tenant: tenant).customer.id
        func add(_ place: Place) async throws -> String {
            try await service.createProperty(customerID: customer, input: PropertyInput(address: place.address), tenant: tenant).property.id
        }
        zones.move { $0.boundaryDistance = 5 }
        let near = try await add(.east)
        zones.move { $0.boundaryDistance = 900 }
        let far = try await add(.south)
        zones.move { $0.covering = nil; $0.zipZone = nil }
        let outside = try await add(.marfa)
        zones.move { $0.covering = "sz_valle"; $0.boundaryDistance = 2 }
        let mismatched = try await add(.valle)
        zones.move { $0.covering = "sz_east"; $0.boundaryDistance = 7 }
        // sz_east covers everything again except what was placed elsewhere.
        try await service.updateProperty(id: mismatched, changes: PropertyChanges { $0.binCount = .set(2) }, tenant: tenant)

        var query = PropertyQuery()
        let all = try await service.propertyList(query, tenant: tenant)
        #expect(all.rows.map(\.summary.property.id) == [outside, mismatched, near, far] && all.total == 4)
        #expect(all.rows.allSatisfy { $0.customerName == "Pat" })
        query.assignment = .review
        #expect(try await service.propertyList(query, tenant: tenant).rows.map(\.summary.property.id) == [outside, mismatched, near])
        query.reason = .zoneMismatch
        #expect(try await service.propertyList(query, tenant: tenant).rows.map(\.summary.property.id) == [mismatched])
        query = PropertyQuery()
        query.assignment = .confident
        query.limit = 1
        let confident = try await service.propertyList(query, tenant: tenant)
        #expect(confident.rows.map(\.summary.property.id) == [far] && confident.total == 1)
    }
}
