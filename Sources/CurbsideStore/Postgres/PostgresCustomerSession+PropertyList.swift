import Customers
import PostgresNIO

extension PostgresCustomerSession {
    func propertyList(tenant: String, query: PropertyQuery) throws -> (rows: [PropertyListing], total: Int) {
        try session.lockTenant(tenant)
        let list = PropertyListSQL(query) { "$\($0)" }
        var page = PostgresQuery(unsafeSQL: list.page(query, collatedID: "properties.id COLLATE \"C\""))
        var count = PostgresQuery(unsafeSQL: list.count)
        for value in [tenant] + list.values {
            page.binds.append(value)
            count.binds.append(value)
        }
        let listings = try session.query(page).map { row in
            let cells = row.makeRandomAccess()
            return PropertyListing(
                summary: PropertySummary(
                    property: try PropertyRecord(from: PostgresRowDecoder(row: cells)).property(),
                    servicePlanName: try cells["service_plan_name"].decode(String?.self),
                    serviceZoneName: try cells["service_zone_name"].decode(String?.self)
                ),
                customerName: try cells["customer_name"].decode(String.self)
            )
        }
        let total = try session.query(count).first.map { try $0.decode(Int.self) } ?? 0
        return (listings, total)
    }
}

extension PostgresCustomerSession {
    func propertyTally(tenant: String) throws -> PropertyTally {
        try session.lockTenant(tenant)
        var query = PostgresQuery(unsafeSQL: PropertyTallySQL.query(placeholder: "$1"))
        query.binds.append(tenant)
        var tally = PropertyTally()
        for row in try session.query(query) {
            let cells = row.makeRandomAccess()
            PropertyTallySQL.add(
                method: try cells[0].decode(String?.self), assignment: try cells[1].decode(String?.self), reasons: try cells[2].decode(String?.self),
                zone: try cells[3].decode(String?.self), count: try cells[4].decode(Int.self), to: &tally
            )
        }
        return tally
    }
}
