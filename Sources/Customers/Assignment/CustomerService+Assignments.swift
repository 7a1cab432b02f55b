import Zones

extension CustomerService {
    /// Assesses every property and customer of the tenant again, as its zones and settings stand now, and stores the
    /// assessments that changed, in one transaction. Run after the tenant's zones change and at start.
    @discardableResult
    public func refreshAssignments(tenant: String) async throws -> AssignmentRefreshSummary {
        let review = self.review
        return try await repository.write { store in
            let uncertainty = try store.tenantSettings(tenant: tenant).boundaryUncertainty
            var summary = AssignmentRefreshSummary()
            var known: [AssignmentReview.Subject: PlacementQuality] = [:]
            for kind in PlacedKind.allCases {
                let records = try store.placements(of: kind, tenant: tenant)
                let subjects = records.map(\.subject)
                let qualities = review.assess(subjects, tenant: tenant, uncertainty: uncertainty, known: known)
                var updates: [QualityUpdate] = []
                for (record, quality) in zip(records, qualities) where quality != record.subject.quality {
                    updates.append(QualityUpdate(id: record.id, quality: quality))
                }
                if kind == .property {
                    summary.checked = records.count
                    summary.review = qualities.count { $0.assignment == .review }
                    summary.changed = updates.count
                    // A customer at its first property's point, placed the same way, is assessed the same way.
                    known = Dictionary(zip(subjects, qualities), uniquingKeysWith: { first, _ in first })
                }
                try store.saveQualities(updates, of: kind, tenant: tenant)
            }
            return summary
        }
    }

    /// Refreshes the tenants of `zoneTenants` (those with zones) and every tenant with records not assessed yet.
    public func refreshAllAssignments(zoneTenants: some Sequence<String>) async throws {
        var tenants = Set(zoneTenants)
        tenants.formUnion(try await repository.read { try $0.tenantsAwaitingAssessment() })
        for tenant in tenants.sorted() {
            try await refreshAssignments(tenant: tenant)
        }
    }
}

/// Refreshes a tenant's assignments when its zones change.
public struct AssignmentRefresh: ZoneChangeObserving {
    let customers: CustomerService
    /// Told of a refresh that failed (the assignments stay as they were until the next change or start).
    let failed: @Sendable (_ tenant: String, _ error: any Error) -> Void

    public init(customers: CustomerService, failed: @escaping @Sendable (_ tenant: String, _ error: any Error) -> Void = { _, _ in }) {
        self.customers = customers
        self.failed = failed
    }

    public func zonesChanged(tenant: String) async {
        await refresh(tenant: tenant)
    }

    /// Refreshes the tenant's assignments; a failure leaves them as they were until the next change or start.
    public func refresh(tenant: String) async {
        do {
            _ = try await customers.refreshAssignments(tenant: tenant)
        } catch {
            failed(tenant, error)
        }
    }
}
