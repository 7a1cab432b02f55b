/// How a tenant's active properties (of live customers) were placed: for the coverage report.
public struct PropertyTally: Sendable, Equatable {
    public var total = 0
    /// Properties by `zone_match_method`; properties not assessed yet are not counted here.
    public var byMethod: [ZoneMatchMethod: Int] = [:]
    /// Properties whose assignment needs review.
    public var review = 0
    /// Properties by review reason (a property may count under several).
    public var byReason: [AssignmentReason: Int] = [:]
    /// The zones that some property is assigned to.
    public var zonesWithProperties: Set<String> = []

    public init() {}
}

extension CustomerService {
    /// How the tenant's active properties were placed.
    public func propertyTally(tenant: String) async throws -> PropertyTally {
        try await repository.read { try $0.propertyTally(tenant: tenant) }
    }
}
