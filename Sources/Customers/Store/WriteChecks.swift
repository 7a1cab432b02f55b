/// What a customer or property write reads before its first write: whether the plan and the zone it names exist
/// (true when it names none), and the tenant's settings.
public struct WriteChecks: Sendable, Equatable {
    public var planExists: Bool
    public var zoneExists: Bool
    public var settings: TenantSettings

    public init(planExists: Bool, zoneExists: Bool, settings: TenantSettings) {
        self.planExists = planExists
        self.zoneExists = zoneExists
        self.settings = settings
    }
}

extension CustomerReading {
    /// The checks one read at a time; a store that can answer them in one statement does so instead.
    public func writeChecks(plan: String?, zone: String?, tenant: String) throws -> WriteChecks {
        WriteChecks(
            planExists: try plan.map { try servicePlanExists(id: $0, tenant: tenant) } ?? true,
            zoneExists: try zone.map { try serviceZoneExists(id: $0, tenant: tenant) } ?? true,
            settings: try tenantSettings(tenant: tenant)
        )
    }
}
