import Foundation
import Zones

/// Where customers, properties and their companions are kept. Every method is scoped to one tenant.
public protocol CustomerRepository: Sendable {
    /// Runs `work` against a consistent snapshot.
    func read<T: Sendable>(_ work: @escaping @Sendable (any CustomerReading) throws -> T) async throws -> T
    /// Runs `work` in one transaction: everything it writes is kept, or nothing is.
    func write<T: Sendable>(_ work: @escaping @Sendable (any CustomerWriting) throws -> T) async throws -> T
}

/// Which customers a list shows, and in what order.
public struct CustomerQuery: Sendable, Equatable {
    public enum Sort: String, Sendable, CaseIterable {
        case nameAscending = "name_asc", nameDescending = "name_desc"
        case enrolledNewest = "enrolled_newest", enrolledOldest = "enrolled_oldest"
    }

    public var page = 1
    public var limit = 50
    /// Matched against name, email and address, case-insensitively.
    public var search: String?
    public var zoneID: String?
    public var planID: String?
    public var status: BillingStatus?
    public var sort = Sort.nameAscending

    public init() {}
}

/// Reading a tenant's customers and what they refer to.
public protocol CustomerReading {
    /// The customer, or nil when the tenant has none by that id (soft-deleted ones only with `includingDeleted`).
    func customer(id: String, tenant: String, includingDeleted: Bool) throws -> Customer?
    func customerSummary(id: String, tenant: String) throws -> CustomerSummary?
    /// One page of the tenant's live customers, and how many match in all.
    func customers(tenant: String, query: CustomerQuery) throws -> (rows: [CustomerSummary], total: Int)
    /// Live customers whose e-mail equals `email` (case-insensitively) or whose address key equals `addressKey`.
    func duplicates(tenant: String, email: String?, addressKey: String?) throws -> [Customer]
    func property(id: String, tenant: String) throws -> Property?
    func propertySummary(id: String, tenant: String) throws -> PropertySummary?
    func properties(customerID: String, tenant: String) throws -> [PropertySummary]
    /// One page of the tenant's properties (`PropertyQuery` says which and in what order), and how many match in all.
    func propertyList(tenant: String, query: PropertyQuery) throws -> (rows: [PropertyListing], total: Int)
    /// How the tenant's active properties of live customers were placed.
    func propertyTally(tenant: String) throws -> PropertyTally
    func tenantSettings(tenant: String) throws -> TenantSettings
    func servicePlanExists(id: String, tenant: String) throws -> Bool
    func servicePlanID(named name: String, tenant: String) throws -> String?
    func serviceZoneExists(id: String, tenant: String) throws -> Bool
    func serviceZoneID(named name: String, tenant: String) throws -> String?
    /// Whether `plan` and `zone` exist (true when nil) and the tenant's settings, read together.
    func writeChecks(plan: String?, zone: String?, tenant: String) throws -> WriteChecks
    /// The active route template serving `zoneID` with `planID`, the first by name when several do.
    func routeTemplateID(zoneID: String, planID: String, tenant: String) throws -> String?
    /// The customer's last `limit` stops and invoices (newest first) and active template stops.
    func history(customerID: String, tenant: String, limit: Int) throws -> CustomerHistory
    /// Every row of `CustomerRecords.tableNames` that belongs to the customer.
    func records(customerID: String, tenant: String) throws -> CustomerRecords
    /// The tenants with properties or customers not assessed yet (written before assessments were kept): the one
    /// question asked across tenants, by the start-up back-fill.
    func tenantsAwaitingAssessment() throws -> [String]
}

/// Writing, inside one transaction.
public protocol CustomerWriting: CustomerReading {
    func insert(_ customer: Customer) throws
    func update(_ customer: Customer) throws
    func insert(_ property: Property) throws
    func update(_ property: Property) throws
    func saveTenantSettings(_ settings: TenantSettings, tenant: String) throws
    /// Deactivates every route-template stop of the property.
    func deactivateTemplateStops(propertyID: String, tenant: String) throws
    /// Makes the property an active stop of the template (adding the stop, or reactivating it).
    func activateTemplateStop(templateID: String, propertyID: String, tenant: String) throws
    func enqueue(_ event: OutboxEvent) throws
    /// Every property (or every customer, deleted ones too) of the tenant with what its assessment reads, by id.
    func placements(of kind: PlacedKind, tenant: String) throws -> [StoredPlacement]
    /// Stores each update's quality on the record of `kind` with its id, changing nothing else.
    func saveQualities(_ updates: [QualityUpdate], of kind: PlacedKind, tenant: String) throws
}
