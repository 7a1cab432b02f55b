import Customers
import Foundation
import PostgresNIO
import Testing

@testable import CurbsideStore

/// On PostgreSQL too, every order of the list, with no filter or one, is read from an index in order, never sorted.
@Suite(.enabled(if: testPostgresURL != nil))
struct PostgresCustomerListPlanTests {
    @Test(arguments: CustomerQuery.Sort.allCases, CustomerListFilter.allCases)
    func pagesWalkAnIndexInOrder(_ sort: CustomerQuery.Sort, _ filter: CustomerListFilter) async throws {
        let schema = "plan_" + UUID().uuidString.prefix(8).lowercased()
        let store = try await PostgresStore.open(url: testPostgresURL!, connections: 1, schema: schema)
        let plan = try await store.read { session in
            // The test table is tiny: without this the planner would rightly read it whole.
            try session.execute("SET LOCAL enable_seqscan = off")
            let summaries = PostgresCustomerSummaries(session: session, tenant: "acme", filters: filter.query(sort: sort))
            var query = summaries.pageQuery(sort: sort, limit: 20, offset: 40)
            query.sql = "EXPLAIN " + query.sql
            return try session.query(query).map { try $0.decode(String.self) }
        }
        #expect(plan.contains { $0.contains(" using \(Self.index(sort, filter)) on ") }, "\(plan)")
        #expect(!plan.contains { $0.contains("Sort") }, "\(plan)")
        await store.close()
    }

    /// The index that holds the page's customers in `sort` order. Never-enrolled customers come last both ways,
    /// so the newest-first order has indexes of its own; the name indexes are walked backwards for descending names.
    static func index(_ sort: CustomerQuery.Sort, _ filter: CustomerListFilter) -> String {
        switch sort {
        case .nameAscending, .nameDescending: "customers_tenant_live_\(filter.indexPart)name"
        case .enrolledOldest: "customers_tenant_live_\(filter.indexPart)enrolled"
        case .enrolledNewest: "customers_tenant_live_\(filter.indexPart)enrolled_newest"
        }
    }
}
