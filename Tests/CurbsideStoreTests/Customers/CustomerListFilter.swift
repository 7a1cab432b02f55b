import Customers
import Testing

/// No filter, or one of the list's filters on the `customers` table: what the plan tests page through.
enum CustomerListFilter: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case none, status, zone, plan

    /// A query with this filter and `sort`.
    func query(sort: CustomerQuery.Sort) -> CustomerQuery {
        var query = CustomerQuery()
        query.sort = sort
        switch self {
        case .none: break
        case .status: query.status = .active
        case .zone: query.zoneID = "zon_north"
        case .plan: query.planID = "pln_weekly"
        }
        return query
    }

    /// The part this filter gives the name of an index of `curbside v5` (`customers_tenant_live_<part>enrolled`).
    var indexPart: String { self == .none ? "" : rawValue + "_" }

    var testDescription: String { rawValue }
}
