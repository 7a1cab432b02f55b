/// Which of a tenant's properties a property list shows: the active properties of live customers, most doubtful
/// first (no zone, then a zone that no longer covers the point, then the nearest a boundary, then by id).
public struct PropertyQuery: Sendable, Equatable {
    public var page = 1
    public var limit = 50
    public var assignment: Assignment?
    /// Only properties with this review reason.
    public var reason: AssignmentReason?
    public var zoneID: String?
    public var customerID: String?

    public init() {}
}

/// A property in the tenant-wide list: with its customer's name.
public struct PropertyListing: Sendable, Equatable {
    public var summary: PropertySummary
    public var customerName: String

    public init(summary: PropertySummary, customerName: String) {
        self.summary = summary
        self.customerName = customerName
    }
}

extension CustomerService {
    /// One page of the tenant's properties, most doubtful first, and how many match in all.
    public func propertyList(_ query: PropertyQuery, tenant: String) async throws -> (rows: [PropertyListing], total: Int) {
        try await repository.read { try $0.propertyList(tenant: tenant, query: query) }
    }
}
