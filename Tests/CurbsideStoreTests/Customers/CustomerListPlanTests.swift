import Customers
import GRDB
import Testing

@testable import CurbsideStore

/// The list's default order is read from an index, not found by sorting every customer of the tenant.
@Suite struct CustomerListPlanTests {
    @Test(arguments: [CustomerQuery.Sort.nameAscending, .nameDescending])
    func pagesInNameOrderWalkTheIndex(_ sort: CustomerQuery.Sort) async throws {
        let database = try CurbsideDatabase.inMemory()
        let plan = try await database.writer.read { db in
            let page = CustomerSummaryQuery(tenant: "acme").pageIDs(sort: sort, limit: 20, offset: 40)
            let (sql, arguments) = try page.build(db)
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("customers_tenant_live_name") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }
}
