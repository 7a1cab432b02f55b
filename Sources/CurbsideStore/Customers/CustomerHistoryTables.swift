import GRDB

/// The tables a customer's history and export read: invoices, payments, stops, communications, referrals,
/// vacation holds and service skips. Nothing in this module writes them yet.
///
/// Every table has `tenant_id`, `id` (with the prefix noted), `customer_id` and `created_at`, the primary key
/// (tenant_id, id) and an index on (tenant_id, customer_id). Calendar days (`route_date`, `starts_on`, …) are
/// `yyyy-mm-dd` text; instants are dates.
enum CustomerHistoryTables {
    static func create(in db: Database) throws {
        // inv_…
        try create("invoices", in: db) { table in
            table.column("total_cents", .integer).notNull()
            table.column("status", .text).notNull()
            table.column("issued_at", .datetime)
            table.column("paid_at", .datetime)
        }
        // pay_…
        try create("payments", in: db) { table in
            table.column("invoice_id", .text)
            table.column("amount_cents", .integer).notNull()
            table.column("method", .text)
            table.column("paid_at", .datetime).notNull()
        }
        // stp_…
        try create("stops", in: db) { table in
            table.column("property_id", .text)
            table.column("route_date", .text).notNull()
            table.column("status", .text).notNull()
            table.column("completed_at", .datetime)
        }
        // com_…
        try create("communications", in: db) { table in
            table.column("channel", .text).notNull()
            table.column("recipient", .text)
            table.column("subject", .text)
            table.column("body", .text)
            table.column("status", .text).notNull()
            table.column("sent_at", .datetime)
        }
        // ref_…
        try create("referrals", in: db) { table in
            table.column("referred_name", .text)
            table.column("referred_email", .text)
            table.column("status", .text).notNull()
        }
        // vh_…
        try create("vacation_holds", in: db) { table in
            table.column("starts_on", .text).notNull()
            table.column("ends_on", .text)
        }
        // skp_…
        try create("service_skips", in: db) { table in
            table.column("property_id", .text)
            table.column("skip_date", .text).notNull()
            table.column("reason", .text)
        }
    }

    /// Creates the table `name` with the common columns around the ones `columns` defines, and its index.
    private static func create(_ name: String, in db: Database, columns: (TableDefinition) -> Void) throws {
        try db.create(table: name) { table in
            table.column("tenant_id", .text).notNull()
            table.column("id", .text).notNull()
            table.column("customer_id", .text).notNull()
            columns(table)
            table.column("created_at", .datetime).notNull()
            table.primaryKey(["tenant_id", "id"])
        }
        try db.create(index: "\(name)_tenant_customer", on: name, columns: ["tenant_id", "customer_id"])
    }
}
