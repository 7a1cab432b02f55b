import Customers

/// The coverage report's property counts, in both stores: one grouped query, added up here.
enum PropertyTallySQL {
    /// Rows of (method, assignment, reasons, zone, count) over the tenant's active properties of live customers; the
    /// tenant is the one bound value, written by `placeholder`.
    static func query(placeholder: String) -> String {
        """
        SELECT properties.zone_match_method, properties.assignment, properties.assignment_reasons, properties.service_zone_id, COUNT(*)
        FROM properties JOIN customers ON customers.tenant_id = properties.tenant_id AND customers.id = properties.customer_id
        WHERE properties.tenant_id = \(placeholder) AND properties.is_active = TRUE AND customers.deleted_at IS NULL
        GROUP BY properties.zone_match_method, properties.assignment, properties.assignment_reasons, properties.service_zone_id
        """
    }

    /// Adds one grouped row to `tally`.
    static func add(method: String?, assignment: String?, reasons: String?, zone: String?, count: Int, to tally: inout PropertyTally) {
        tally.total += count
        if let method = method.flatMap(ZoneMatchMethod.init) { tally.byMethod[method, default: 0] += count }
        if assignment == Assignment.review.rawValue { tally.review += count }
        for reason in (reasons ?? "").split(separator: ",").compactMap({ AssignmentReason(rawValue: String($0)) }) {
            tally.byReason[reason, default: 0] += count
        }
        if let zone { tally.zonesWithProperties.insert(zone) }
    }
}
