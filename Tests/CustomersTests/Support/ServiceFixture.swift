import Customers
import Foundation

/// A `CustomerService` and a `CatalogService` for tenant `acme` over an in-memory repository holding the `Catalog`, a geocoder that
/// locates every `Place` (and finds nothing else), the catalog's zone table and a clock that stands still.
struct ServiceFixture {
    let clock = TestClock()
    let repository: InMemoryCustomerRepository
    let locator = ScriptedLocator()
    let zones = Catalog.zones
    let service: CustomerService
    let catalog: CatalogService

    init(stripe: Bool = false) {
        repository = InMemoryCustomerRepository(Catalog.tables, now: { [clock] in clock.now() })
        for place in Place.all { locator.answer(place.address, with: place.location) }
        service = CustomerService(repository: repository, locator: locator, zones: zones, stripeEnabled: stripe, now: { [clock] in clock.now() })
        catalog = CatalogService(
            catalog: InMemoryCatalog(repository: repository), customers: repository, now: { [clock] in clock.now() }
        )
    }

    var tenant: String { Catalog.tenant }

    /// Creates a customer of `acme`.
    @discardableResult
    func create(_ name: String? = "Pat Doe", _ configure: (inout CustomerInput) -> Void = { _ in }) async throws -> CustomerSummary {
        try await service.createCustomer(CustomerInput(name: name, configure), tenant: tenant)
    }

    /// The stored customer, soft-deleted or not.
    func stored(_ id: String) -> Customer? {
        repository.tables.customers.first { $0.id == id }
    }

    /// The customer's properties, oldest first.
    func properties(of customerID: String) -> [Property] {
        repository.tables.properties.filter { $0.customerID == customerID }
    }

    /// The ids of the properties with an active stop on `template`.
    func activeStops(on template: String) -> [String] {
        repository.tables.templateStops.filter { $0.templateID == template && $0.isActive }.map(\.propertyID)
    }

    /// The outbox events, as kind and subject.
    var outbox: [Queued] {
        repository.tables.outbox.map { Queued(kind: $0.kind, subject: $0.subjectID) }
    }

    struct Queued: Equatable {
        var kind: OutboxEvent.Kind
        var subject: String
    }
}
