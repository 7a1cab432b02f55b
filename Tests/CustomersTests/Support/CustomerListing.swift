import Customers

/// The filters and orders of a customer list, as the SQLite store applies them.
enum CustomerListing {
    /// Whether `customer` passes the search, zone, plan and status filters of `query`.
    static func matches(_ customer: Customer, _ query: CustomerQuery) -> Bool {
        if let search = query.search?.trimmingCharacters(in: .whitespacesAndNewlines), !search.isEmpty {
            let fields = [customer.name, customer.email, customer.address].compactMap { $0 }
            guard fields.contains(where: { NoCase.contains($0, search) }) else { return false }
        }
        if let zone = query.zoneID, customer.serviceZoneID != zone { return false }
        if let plan = query.planID, customer.servicePlanID != plan { return false }
        if let status = query.status, customer.billingStatus != status { return false }
        return true
    }

    /// Names compare case-insensitively; customers never enrolled come last; ties fall back to creation, then id,
    /// in the same direction.
    static func order(_ sort: CustomerQuery.Sort) -> (Customer, Customer) -> Bool {
        switch sort {
        case .nameAscending:
            return { byName($0, $1) }
        case .nameDescending:
            return { byName($1, $0) }
        case .enrolledNewest:
            return { a, b in enrolled(a, b, newestFirst: true) }
        case .enrolledOldest:
            return { a, b in enrolled(a, b, newestFirst: false) }
        }
    }

    private static func byName(_ a: Customer, _ b: Customer) -> Bool {
        let (left, right) = (NoCase.folded(a.name), NoCase.folded(b.name))
        return left != right ? NoCase.precedes(left, right) : NoCase.precedes(a.id, b.id, folding: false)
    }

    private static func enrolled(_ a: Customer, _ b: Customer, newestFirst: Bool) -> Bool {
        switch (a.enrolledAt, b.enrolledAt) {
        case (nil, _?): return false
        case (_?, nil): return true
        case let (left?, right?) where left != right: return newestFirst ? left > right : left < right
        default:
            let (first, second) = newestFirst ? (b, a) : (a, b)
            return InMemoryCustomerSession.precedes((first.createdAt, first.id), (second.createdAt, second.id))
        }
    }
}
