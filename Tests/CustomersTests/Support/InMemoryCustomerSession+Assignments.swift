import Customers

/// The assignment refresh's reads and writes, inside the session's copy of the tables.
extension InMemoryCustomerSession {
    func placements(of kind: PlacedKind, tenant: String) throws -> [StoredPlacement] {
        switch kind {
        case .property:
            tables.properties.filter { $0.tenantID == tenant }.map { StoredPlacement(id: $0.id, subject: AssignmentReview.Subject($0)) }
        case .customer:
            tables.customers.filter { $0.tenantID == tenant }.map { StoredPlacement(id: $0.id, subject: AssignmentReview.Subject($0)) }
        }
    }

    func saveQualities(_ updates: [QualityUpdate], of kind: PlacedKind, tenant: String) throws {
        for update in updates {
            switch kind {
            case .property:
                guard let index = tables.properties.firstIndex(where: { $0.tenantID == tenant && $0.id == update.id }) else { continue }
                tables.properties[index].quality = update.quality
            case .customer:
                guard let index = tables.customers.firstIndex(where: { $0.tenantID == tenant && $0.id == update.id }) else { continue }
                tables.customers[index].quality = update.quality
            }
        }
    }

    func tenantsAwaitingAssessment() throws -> [String] {
        Set(tables.properties.filter { $0.quality.assignment == nil }.map(\.tenantID)
            + tables.customers.filter { $0.quality.assignment == nil }.map(\.tenantID)).sorted()
    }
}

/// The tenant-wide property list, in the review order.
extension InMemoryCustomerSession {
    func propertyList(tenant: String, query: PropertyQuery) throws -> (rows: [PropertyListing], total: Int) {
        let live = Dictionary(uniqueKeysWithValues: tables.customers.filter { $0.tenantID == tenant && $0.deletedAt == nil }.map { ($0.id, $0.name) })
        let matching = tables.properties.filter { property in
            property.tenantID == tenant && property.isActive && live[property.customerID] != nil
                && (query.assignment == nil || property.quality.assignment == query.assignment)
                && (query.reason.map { property.quality.reasons.contains($0) } ?? true)
                && (query.zoneID == nil || property.serviceZoneID == query.zoneID)
                && (query.customerID == nil || property.customerID == query.customerID)
        }.sorted { a, b in
            let keys = [a, b].map { p in
                (p.serviceZoneID == nil ? 0 : 1, p.quality.reasons.contains(.zoneMismatch) ? 0 : 1, p.quality.boundaryDistance ?? -1)
            }
            if keys[0] != keys[1] { return keys[0] < keys[1] }
            return a.id.utf8.lexicographicallyPrecedes(b.id.utf8)
        }
        let start = min(matching.count, (max(query.page, 1) - 1) * query.limit)
        let page = matching[start..<min(matching.count, start + query.limit)]
        return (try page.map { PropertyListing(summary: try propertySummary(id: $0.id, tenant: tenant)!, customerName: live[$0.customerID]!) }, matching.count)
    }
}

/// The coverage report's property counts.
extension InMemoryCustomerSession {
    func propertyTally(tenant: String) throws -> PropertyTally {
        let live = Set(tables.customers.filter { $0.tenantID == tenant && $0.deletedAt == nil }.map(\.id))
        var tally = PropertyTally()
        for property in tables.properties where property.tenantID == tenant && property.isActive && live.contains(property.customerID) {
            tally.total += 1
            if let method = property.quality.method { tally.byMethod[method, default: 0] += 1 }
            if property.quality.assignment == .review { tally.review += 1 }
            for reason in property.quality.reasons { tally.byReason[reason, default: 0] += 1 }
            if let zone = property.serviceZoneID { tally.zonesWithProperties.insert(zone) }
        }
        return tally
    }
}
