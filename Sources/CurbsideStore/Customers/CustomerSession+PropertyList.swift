import Customers
import GRDB

extension CustomerSession {
    func propertyList(tenant: String, query: PropertyQuery) throws -> (rows: [PropertyListing], total: Int) {
        let list = PropertyListSQL(query) { _ in "?" }
        let arguments = StatementArguments([tenant] + list.values)
        let rows = try Row.fetchAll(db, sql: list.page(query, collatedID: "properties.id"), arguments: arguments)
        let listings = try rows.map { row in
            PropertyListing(
                summary: PropertySummary(
                    property: try PropertyRecord(row: row).property(), servicePlanName: row["service_plan_name"],
                    serviceZoneName: row["service_zone_name"]
                ),
                customerName: row["customer_name"]
            )
        }
        let total = try Int.fetchOne(db, sql: list.count, arguments: arguments) ?? 0
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
