/// Where PostgreSQL's schema differs from the golden description (`Fixtures/schema.txt`) on purpose: each line it
/// has that the golden one lacks (`+`), and each golden line it lacks (`-`). Anything else that differs is drift.
///
/// Not listed because the description does not state them: the migrations' bookkeeping tables
/// (`grdb_migrations` in SQLite, `curbside_migrations` in PostgreSQL), PostgreSQL's trigger function
/// `curbside_bump_zone_revision` (SQLite has one trigger per event instead; both describe as the same three
/// triggers), CHECK constraints, case folding written as `COLLATE NOCASE` in SQLite and `lower(...)` in
/// PostgreSQL (both describe as `nocase`), and the columns a PostgreSQL index carries besides its keys (`INCLUDE`).
enum KnownPostgresDifferences {
    /// The differences, `+`/`-` lines as `SchemaDescription.differences(from:)` states them; those of the
    /// PostGIS geometry only when `geometry` (PostGIS was there to install it).
    static func expected(geometry: Bool) -> Set<String> {
        var lines: Set<String> = [
            // Outbox events claimed in one batch are delivered in insertion order when created at the same
            // instant: SQLite has the rowid for that, PostgreSQL a sequence.
            "+ column outbox_events.sequence integer not null default nextval('outbox_events_sequence_seq')",
            // Due events: PostgreSQL indexes only the undelivered ones (a partial index); SQLite leads with
            // `delivered_at` instead, which the same `delivered_at IS NULL` filter uses.
            "- index outbox_events_due on outbox_events (delivered_at, next_attempt_at)",
            "+ index outbox_events_due on outbox_events (next_attempt_at) where delivered_at is null",
            // The customer list's order: live customers only, partial in PostgreSQL, led by `deleted_at` in SQLite.
            "- index customers_tenant_live_name on customers (tenant_id, deleted_at, name nocase, id)",
            "+ index customers_tenant_live_name on customers (tenant_id, name nocase, id) where deleted_at is null",
        ]
        // The list's other orders and filters likewise; and as one B-tree walked backwards puts the customers never
        // enrolled first, the newest-first enrolment order has indexes of its own in PostgreSQL.
        let filters = [("", ""), ("status_", "billing_status, "), ("zone_", "service_zone_id, "), ("plan_", "service_plan_id, ")]
        for (part, column) in filters {
            lines.formUnion([
                "- index customers_tenant_live_\(part)enrolled on customers (tenant_id, deleted_at, \(column)enrolled_at, created_at, id)",
                "+ index customers_tenant_live_\(part)enrolled on customers (tenant_id, \(column)enrolled_at, created_at, id) "
                    + "where deleted_at is null",
                "+ index customers_tenant_live_\(part)enrolled_newest on customers "
                    + "(tenant_id, \(column)enrolled_at desc nulls last, created_at desc, id desc) where deleted_at is null",
            ])
            if !part.isEmpty {
                lines.formUnion([
                    "- index customers_tenant_live_\(part)name on customers (tenant_id, deleted_at, \(column)name nocase, id)",
                    "+ index customers_tenant_live_\(part)name on customers (tenant_id, \(column)name nocase, id) where deleted_at is null",
                ])
            }
        }
        if geometry {
            // Zone boundaries as PostGIS geometry for operators' SQL (`PostgresGeometry`), kept by a trigger.
            lines.formUnion([
                "+ column service_zones.geom geometry",
                "+ index service_zones_geom on service_zones (geom) using gist",
                "+ trigger service_zones before insert",
                "+ trigger service_zones before update",
            ])
        }
        return lines
    }
}
