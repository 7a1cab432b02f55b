import ZoneIndex
import Zones

/// The coverage report of a tenant's zone set, with how the tenant's properties fall into it.
public struct ZoneCoverageService: Sendable {
    public let zones: ZoneService
    public let customers: CustomerService
    public let coverage: ZoneCoverage

    public init(zones: ZoneService, customers: CustomerService, coverage: ZoneCoverage = ZoneCoverage()) {
        self.zones = zones
        self.customers = customers
        self.coverage = coverage
    }

    /// Overlaps, gaps and slivers of the tenant's active zones, its properties by zone match method and review
    /// reason, and the active zones no property is assigned to.
    ///
    /// - Throws: the stores' errors, or `GEOSError` when GEOS cannot overlay the stored boundaries.
    public func report(tenant: String) async throws -> CoverageReport {
        let zoneList = try await zones.zones(tenant: tenant)
        let tally = try await customers.propertyTally(tenant: tenant)
        let unassigned = zoneList.filter { $0.isActive && !tally.zonesWithProperties.contains($0.id) }.map(\.id).sorted()
        return try coverage.report(for: zoneList, properties: CoveragePropertyTally(tally), zonesWithoutProperties: unassigned)
    }
}

extension CoveragePropertyTally {
    /// The report's `properties` object from a tally of stored properties, every method and reason listed.
    init(_ tally: PropertyTally) {
        self.init(
            total: tally.total,
            byMethod: Dictionary(uniqueKeysWithValues: ZoneMatchMethod.allCases.map { ($0.rawValue, tally.byMethod[$0] ?? 0) }),
            review: tally.review,
            byReason: Dictionary(uniqueKeysWithValues: AssignmentReason.allCases.map { ($0.rawValue, tally.byReason[$0] ?? 0) })
        )
    }
}
