import Customers
import Foundation
import GRDB

/// One read or one transaction of a `GRDBCustomerRepository`, over the database connection `db`.
struct CustomerSession: CustomerWriting {
    let db: Database
    /// The time stamped on rows this session writes on its own account (route-template stops, tenant settings).
    let now: Date

    func customer(id: String, tenant: String, includingDeleted: Bool) throws -> Customer? {
        var request = CustomerRecord.all().tenant(tenant).customer(id: id)
        if !includingDeleted { request = request.live() }
        return try request.fetchOne(db)?.customer()
    }

    func customerSummary(id: String, tenant: String) throws -> CustomerSummary? {
        var query = CustomerSummaryQuery(tenant: tenant)
        query.conditions.append("customers.id = \(id)")
        return try query.fetchAll(db, sort: .nameAscending, limit: 1, offset: 0).first
    }

    func customers(tenant: String, query: CustomerQuery) throws -> (rows: [CustomerSummary], total: Int) {
        let summaries = CustomerSummaryQuery(tenant: tenant, filters: query)
        let limit = max(query.limit, 0)
        let (offset, overflow) = (max(query.page, 1) - 1).multipliedReportingOverflow(by: limit)
        let rows = try summaries.fetchAll(db, sort: query.sort, limit: limit, offset: overflow ? Int.max : offset)
        return (rows, try summaries.fetchCount(db))
    }

    func duplicates(tenant: String, email: String?, addressKey: String?) throws -> [Customer] {
        var matches: [SQLExpression] = []
        if let email { matches.append(CustomerRecord.Columns.email.collating(.nocase) == email) }
        if let addressKey { matches.append(CustomerRecord.Columns.addressKey == addressKey) }
        guard !matches.isEmpty else { return [] }
        return try CustomerRecord.all().tenant(tenant).live()
            .filter(matches.joined(operator: .or))
            .order(CustomerRecord.Columns.createdAt, CustomerRecord.Columns.id)
            .fetchAll(db)
            .map { try $0.customer() }
    }

    func property(id: String, tenant: String) throws -> Property? {
        try PropertyRecord.all().tenant(tenant).property(id: id).fetchOne(db)?.property()
    }

    func propertySummary(id: String, tenant: String) throws -> PropertySummary? {
        try PropertySummaryQuery(tenant: tenant).fetchOne(db, id: id)
    }

    func properties(customerID: String, tenant: String) throws -> [PropertySummary] {
        try PropertySummaryQuery(tenant: tenant).fetchAll(db, customerID: customerID)
    }

    func tenantSettings(tenant: String) throws -> TenantSettings {
        try TenantSettingsRecord.all().tenant(tenant).fetchOne(db)?.settings ?? TenantSettings()
    }
}
