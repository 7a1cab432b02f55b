import Customers
import GRDB

extension CustomerSession {
    func propertyList(tenant: String, query: PropertyQuery) throws -> (rows: [PropertyListing], total: Int) {
        let list = PropertyListSQL(query) { _ in "?" }
        let arguments = StatementArguments([tenant] + list.values)
        let limit = max(query.limit, 0)
        let (offset, overflow) = (max(query.page, 1) - 1).multipliedReportingOverflow(by: limit)
        let rows = try Row.fetchAll(db, sql: """
            SELECT properties.*, service_plans.name AS service_plan_name, service_zones.name AS service_zone_name,
                customers.name AS customer_name
            \(PropertyListSQL.joins)
            \(list.whereClause)
            \(PropertyListSQL.order(collatedID: "properties.id"))
            LIMIT \(limit) OFFSET \(overflow ? Int.max : offset)
            """, arguments: arguments)
        let listings = try rows.map { row in
            PropertyListing(
                summary: PropertySummary(
                    property: try PropertyRecord(row: row).property(), servicePlanName: row["service_plan_name"],
                    serviceZoneName: row["service_zone_name"]
                ),
                customerName: row["customer_name"]
            )
        }
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) \(PropertyListSQL.joins) \(list.whereClause)", arguments: arguments) ?? 0
        return (listings, total)
    }
}

extension CustomerSession {
    func propertyTally(tenant: String) throws -> PropertyTally {
        var tally = PropertyTally()
        for row in try Row.fetchAll(db, sql: PropertyTallySQL.query(placeholder: "?"), arguments: [tenant]) {
            PropertyTallySQL.add(method: row[0], assignment: row[1], reasons: row[2], zone: row[3], count: row[4], to: &tally)
        }
        return tally
    }
}
