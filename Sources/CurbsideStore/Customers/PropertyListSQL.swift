import Customers

/// The tenant-wide property list's SQL, shared by both stores: the filters of a `PropertyQuery` and the review order.
struct PropertyListSQL {
    /// The conditions after `properties.tenant_id = <tenant>`, with their values in order.
    var conditions: [String] = ["properties.is_active = TRUE", "customers.deleted_at IS NULL"]
    var values: [String] = []
    let placeholder: (Int) -> String

    /// `query`'s filters; `placeholder(n)` writes the n-th bound value's placeholder (values start after the tenant).
    init(_ query: PropertyQuery, placeholder: @escaping (Int) -> String) {
        self.placeholder = placeholder
        if let assignment = query.assignment { add("properties.assignment = ", assignment.rawValue) }
        if let reason = query.reason {
            add("(',' || COALESCE(properties.assignment_reasons, '') || ',') LIKE ", "%,\(reason.rawValue),%")
        }
        if let zone = query.zoneID { add("properties.service_zone_id = ", zone) }
        if let customer = query.customerID { add("properties.customer_id = ", customer) }
    }

    private mutating func add(_ condition: String, _ value: String) {
        values.append(value)
        conditions.append(condition + placeholder(values.count + 1))
    }

    static let joins = """
        FROM properties
        JOIN customers ON customers.tenant_id = properties.tenant_id AND customers.id = properties.customer_id
        LEFT JOIN service_plans ON service_plans.tenant_id = properties.tenant_id AND service_plans.id = properties.service_plan_id
        LEFT JOIN service_zones ON service_zones.tenant_id = properties.tenant_id AND service_zones.id = properties.service_zone_id
        """

    /// The review order: no zone, then a zone that no longer covers the point, then no distance, then the nearest a
    /// boundary; `collatedID` is the id with the store's byte-order collation.
    static func order(collatedID: String) -> String {
        """
        ORDER BY (properties.service_zone_id IS NULL) DESC,
            (COALESCE(properties.assignment_reasons, '') LIKE '%zone_mismatch%') DESC,
            (properties.boundary_distance_m IS NULL) DESC, properties.boundary_distance_m, \(collatedID)
        """
    }

    /// One page of `query`'s rows with their plan's, zone's and customer's names, in the review order.
    func page(_ query: PropertyQuery, collatedID: String) -> String {
        let limit = max(query.limit, 0)
        let (offset, overflow) = (max(query.page, 1) - 1).multipliedReportingOverflow(by: limit)
        return """
            SELECT properties.*, service_plans.name AS service_plan_name, service_zones.name AS service_zone_name,
                customers.name AS customer_name
            \(Self.joins)
            \(whereClause)
            \(Self.order(collatedID: collatedID))
            LIMIT \(limit) OFFSET \(overflow ? Int.max : offset)
            """
    }

    /// How many rows match, on every page.
    var count: String { "SELECT COUNT(*) \(Self.joins) \(whereClause)" }

    /// The WHERE clause, the tenant bound as `placeholder(1)`.
    var whereClause: String {
        "WHERE properties.tenant_id = \(placeholder(1)) AND " + conditions.joined(separator: " AND ")
    }
}
