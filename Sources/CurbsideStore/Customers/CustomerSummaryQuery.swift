import Customers
import Foundation
import GRDB

/// A tenant's live customers as lists show them: each with its plan and zone names (from the same tenant) and its
/// number of active properties, narrowed by conditions on the `customers` table.
struct CustomerSummaryQuery {
    let tenant: String
    /// Conditions on `customers` besides the tenant and liveness, all of which must hold.
    var conditions: [SQL] = []

    init(tenant: String) {
        self.tenant = tenant
    }

    /// The customers `query` filters for (its search, zone, plan and status; not its order or page).
    init(tenant: String, filters query: CustomerQuery) {
        self.tenant = tenant
        if let search = query.search?.trimmingCharacters(in: .whitespacesAndNewlines), !search.isEmpty {
            let pattern = "%" + Self.escapingLike(search) + "%"
            conditions.append("""
                customers.name LIKE \(pattern) ESCAPE '\\' OR customers.email LIKE \(pattern) ESCAPE '\\'
                OR customers.address LIKE \(pattern) ESCAPE '\\'
                """)
        }
        if let zoneID = query.zoneID { conditions.append("customers.service_zone_id = \(zoneID)") }
        if let planID = query.planID { conditions.append("customers.service_plan_id = \(planID)") }
        if let status = query.status { conditions.append("customers.billing_status = \(status.rawValue)") }
    }

    /// The matching customers in `sort` order, `limit` of them after skipping `offset`. The page is chosen on the
    /// `customers` table alone; names, property counts and the rest are looked up for its rows only.
    func fetchAll(_ db: Database, sort: CustomerQuery.Sort, limit: Int, offset: Int) throws -> [CustomerSummary] {
        let ordering = Self.ordering(sort)
        let sql: SQL = """
            WITH page AS (\(pageIDs(sort: sort, limit: limit, offset: offset)))
            SELECT customers.*,
                service_plans.name AS service_plan_name,
                service_zones.name AS service_zone_name,
                (SELECT COUNT(*) FROM properties
                 WHERE properties.tenant_id = customers.tenant_id AND properties.customer_id = customers.id
                   AND properties.is_active) AS property_count
            FROM page
            JOIN customers ON customers.tenant_id = \(tenant) AND customers.id = page.id
            LEFT JOIN service_plans
                ON service_plans.tenant_id = customers.tenant_id AND service_plans.id = customers.service_plan_id
            LEFT JOIN service_zones
                ON service_zones.tenant_id = customers.tenant_id AND service_zones.id = customers.service_zone_id
            ORDER BY \(ordering)
            """
        return try SQLRequest<Row>(literal: sql).fetchAll(db).map { row in
            CustomerSummary(
                customer: try CustomerRecord(row: row).customer(),
                servicePlanName: row["service_plan_name"],
                serviceZoneName: row["service_zone_name"],
                propertyCount: row["property_count"]
            )
        }
    }

    /// The ids of the page's customers, in order.
    func pageIDs(sort: CustomerQuery.Sort, limit: Int, offset: Int) -> SQL {
        "SELECT customers.id FROM customers WHERE \(whereClause) ORDER BY \(Self.ordering(sort)) LIMIT \(limit) OFFSET \(offset)"
    }

    /// How many customers match.
    func fetchCount(_ db: Database) throws -> Int {
        try SQLRequest<Int>(literal: "SELECT COUNT(*) FROM customers WHERE \(whereClause)").fetchOne(db) ?? 0
    }

    private var whereClause: SQL {
        let required: [SQL] = ["customers.tenant_id = \(tenant)", "customers.deleted_at IS NULL"]
        return (required + conditions).map { "(\($0))" }.joined(separator: " AND ")
    }

    /// Names compare case-insensitively; customers never enrolled come last; ties fall back to creation, then id,
    /// in the same direction. Each order is the key order of an index of `curbside v4` or `v5`, walked forwards or
    /// backwards, so that a page is read in order rather than sorted.
    private static func ordering(_ sort: CustomerQuery.Sort) -> SQL {
        switch sort {
        case .nameAscending:
            "customers.name COLLATE NOCASE ASC, customers.id ASC"
        case .nameDescending:
            "customers.name COLLATE NOCASE DESC, customers.id DESC"
        case .enrolledNewest:
            "customers.enrolled_at DESC NULLS LAST, customers.created_at DESC, customers.id DESC"
        case .enrolledOldest:
            "customers.enrolled_at ASC NULLS LAST, customers.created_at ASC, customers.id ASC"
        }
    }

    /// `text` with the LIKE wildcards `%` and `_`, and the escape character `\`, escaped by `\`.
    static func escapingLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "\\" || character == "%" || character == "_" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
