import Customers
import Foundation
import PostgresNIO

/// A tenant's live customers as lists show them, in PostgreSQL: the counterpart of `CustomerSummaryQuery`, with
/// names compared as SQLite's NOCASE does (ASCII letters folded, then byte order).
struct PostgresCustomerSummaries {
    let session: PostgresSession
    let tenant: String
    /// Conditions on `customers` besides the tenant and liveness, with the values they bind.
    private var conditions: [(sql: String, values: [String])] = []

    init(session: PostgresSession, tenant: String) {
        self.session = session
        self.tenant = tenant
    }

    /// The customers `query` filters for (its search, zone, plan and status; not its order or page).
    init(session: PostgresSession, tenant: String, filters query: CustomerQuery) {
        self.init(session: session, tenant: tenant)
        if let search = query.search?.trimmingCharacters(in: .whitespacesAndNewlines), !search.isEmpty {
            let pattern = "%" + CustomerSummaryQuery.escapingLike(search) + "%"
            conditions.append((
                "customers.name ILIKE ? ESCAPE '\\' OR customers.email ILIKE ? ESCAPE '\\' OR customers.address ILIKE ? ESCAPE '\\'",
                [pattern, pattern, pattern]
            ))
        }
        if let zoneID = query.zoneID { conditions.append(("customers.service_zone_id = ?", [zoneID])) }
        if let planID = query.planID { conditions.append(("customers.service_plan_id = ?", [planID])) }
        if let status = query.status { conditions.append(("customers.billing_status = ?", [status.rawValue])) }
    }

    /// The ids of the matching customers in `sort` order, `limit` of them after skipping `offset`.
    func pageIDs(sort: CustomerQuery.Sort, limit: Int, offset: Int) throws -> [String] {
        try session.query(pageQuery(sort: sort, limit: limit, offset: offset)).map { try $0.decode(String.self) }
    }

    /// The query `pageIDs` runs.
    func pageQuery(sort: CustomerQuery.Sort, limit: Int, offset: Int) -> PostgresQuery {
        var query = filtered("SELECT customers.id FROM customers")
        query.sql += " ORDER BY \(Self.ordering(sort)) LIMIT \(limit) OFFSET \(offset)"
        return query
    }

    /// How many customers match.
    func count() throws -> Int {
        try session.query(filtered("SELECT COUNT(*) FROM customers")).first?.decode(Int.self) ?? 0
    }

    /// The customers `ids` with their plan and zone names and active property counts, in the order of `ids`.
    func summaries(ids: [String]) throws -> [CustomerSummary] {
        guard !ids.isEmpty else { return [] }
        let rows = try session.query("""
            SELECT customers.*, service_plans.name AS service_plan_name, service_zones.name AS service_zone_name,
                (SELECT COUNT(*) FROM properties
                 WHERE properties.tenant_id = customers.tenant_id AND properties.customer_id = customers.id
                   AND properties.is_active) AS property_count
            FROM customers
            LEFT JOIN service_plans
                ON service_plans.tenant_id = customers.tenant_id AND service_plans.id = customers.service_plan_id
            LEFT JOIN service_zones
                ON service_zones.tenant_id = customers.tenant_id AND service_zones.id = customers.service_zone_id
            WHERE customers.tenant_id = \(tenant) AND customers.deleted_at IS NULL AND customers.id = ANY(\(ids))
            """)
        var byID: [String: CustomerSummary] = [:]
        for row in rows {
            let cells = row.makeRandomAccess()
            let customer = try CustomerRecord(from: PostgresRowDecoder(row: cells)).customer()
            byID[customer.id] = CustomerSummary(
                customer: customer,
                servicePlanName: try cells["service_plan_name"].decode(String?.self),
                serviceZoneName: try cells["service_zone_name"].decode(String?.self),
                propertyCount: try cells["property_count"].decode(Int.self)
            )
        }
        return ids.compactMap { byID[$0] }
    }

    /// `select` narrowed to the tenant's live customers meeting every condition, `?` placeholders numbered.
    private func filtered(_ select: String) -> PostgresQuery {
        var query = PostgresQuery(unsafeSQL: select + " WHERE customers.tenant_id = $1 AND customers.deleted_at IS NULL")
        query.binds.append(tenant)
        var number = 1
        for condition in conditions {
            var sql = ""
            for character in condition.sql {
                if character == "?" {
                    number += 1
                    sql += "$\(number)"
                } else {
                    sql.append(character)
                }
            }
            query.sql += " AND (\(sql))"
            for value in condition.values { query.binds.append(value) }
        }
        return query
    }

    /// Names compare as with NOCASE; customers never enrolled come last; ties fall back to creation, then id. Each
    /// order is the key order of an index of `curbside v4` or `v5`, walked forwards or backwards, so that a page is
    /// read in order rather than sorted.
    private static func ordering(_ sort: CustomerQuery.Sort) -> String {
        switch sort {
        case .nameAscending:
            #"lower(customers.name COLLATE "C") ASC, customers.id COLLATE "C" ASC"#
        case .nameDescending:
            #"lower(customers.name COLLATE "C") DESC, customers.id COLLATE "C" DESC"#
        case .enrolledNewest:
            #"customers.enrolled_at DESC NULLS LAST, customers.created_at DESC, customers.id COLLATE "C" DESC"#
        case .enrolledOldest:
            #"customers.enrolled_at ASC NULLS LAST, customers.created_at ASC, customers.id COLLATE "C" ASC"#
        }
    }
}
