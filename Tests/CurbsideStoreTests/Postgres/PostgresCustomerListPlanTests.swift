import Customers
import Foundation
import PostgresNIO
import Testing

@testable import CurbsideStore

/// On PostgreSQL too, a page of the list in name order is read from an index in order, never sorted.
@Suite(.enabled(if: testPostgresURL != nil))
struct PostgresCustomerListPlanTests {
    @Test(arguments: [CustomerQuery.Sort.nameAscending, .nameDescending])
    func pagesInNameOrderWalkTheIndex(_ sort: CustomerQuery.Sort) async throws {
        let (store, other) = try await twoPostgresReplicas()
        let plan = try await store.read { session in
            // The test table is tiny: without this the planner would rightly read it whole.
            try session.execute("SET LOCAL enable_seqscan = off")
            var query = PostgresCustomerSummaries(session: session, tenant: "acme").pageQuery(sort: sort, limit: 20, offset: 40)
            query.sql = "EXPLAIN " + query.sql
            return try session.query(query).map { try $0.decode(String.self) }
        }
        #expect(plan.contains { $0.contains("customers_tenant_live_name") }, "\(plan)")
        #expect(!plan.contains { $0.contains("Sort") }, "\(plan)")
        await store.close()
        await other.close()
    }
}
