import Customers
import GRDB
import Testing

@testable import CurbsideStore

/// Every order of the list, with no filter or one, is read from an index, not found by sorting every customer of
/// the tenant (or every one of a status, zone or plan).
@Suite struct CustomerListPlanTests {
    @Test(arguments: CustomerQuery.Sort.allCases, CustomerListFilter.allCases)
    func pagesWalkAnIndexInOrder(_ sort: CustomerQuery.Sort, _ filter: CustomerListFilter) async throws {
        let database = try CurbsideDatabase.inMemory()
        let plan = try await database.writer.read { db in
            let page = CustomerSummaryQuery(tenant: "acme", filters: filter.query(sort: sort)).pageIDs(sort: sort, limit: 20, offset: 40)
            let (sql, arguments) = try page.build(db)
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("USING COVERING INDEX \(Self.index(sort, filter)) ") }, "\(plan)")
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }

    /// The index that holds the page's customers in `sort` order: one per filter and sort key, walked backwards for
    /// the descending orders.
    static func index(_ sort: CustomerQuery.Sort, _ filter: CustomerListFilter) -> String {
        switch sort {
        case .nameAscending, .nameDescending: "customers_tenant_live_\(filter.indexPart)name"
        case .enrolledNewest, .enrolledOldest: "customers_tenant_live_\(filter.indexPart)enrolled"
        }
    }
}
