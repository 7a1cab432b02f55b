import CurbsideStore
import GRDB
import Testing

@Suite("curbside v3 customers schema")
struct CustomerSchemaTests {
    @Test("creates the customer tables, each keyed by tenant and id, with their indexes")
    func tablesAndIndexes() async throws {
        let database = try CurbsideDatabase.inMemory()
        let (keys, indexes) = try await database.writer.read { db in
            let tables = [
                "customers", "properties", "route_template_stops", "outbox_events", "invoices", "payments", "stops",
                "communications", "referrals", "vacation_holds", "service_skips",
            ]
            var keys: [String: [String]] = [:]
            for table in tables { keys[table] = try db.primaryKey(table).columns }
            keys["tenant_settings"] = try db.primaryKey("tenant_settings").columns
            let indexes = try Row.fetchAll(db, sql: """
                SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name
                """).reduce(into: [String: String]()) { $0[$1[0]] = $1[1] }
            return (keys, indexes)
        }

        #expect(keys["tenant_settings"] == ["tenant_id"])
        #expect(keys.filter { $0.key != "tenant_settings" }.values.allSatisfy { $0 == ["tenant_id", "id"] })
        #expect(keys.count == 12)
        #expect(indexes["customers_tenant_email"]?.contains("\"email\" COLLATE NOCASE") == true)
        for name in [
            "customers_tenant_address_key", "customers_tenant_deleted_at", "properties_tenant_customer",
            "outbox_events_due", "invoices_tenant_customer", "payments_tenant_customer", "stops_tenant_customer",
            "communications_tenant_customer", "referrals_tenant_customer", "vacation_holds_tenant_customer",
            "service_skips_tenant_customer",
        ] {
            #expect(indexes[name] != nil, "missing index \(name)")
        }
    }
}
