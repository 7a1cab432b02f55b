import GRDB

/// The schema of the curbside tables, as migrations named `curbside …`, in SQL as written when each was
/// released: renaming a Swift property changes none of them. A released migration never changes, for databases in
/// use have run it; a schema change is a new migration, here and in `PostgresMigrations`.
///
/// Instants are `DATETIME` (GRDB's text dates, UTC), flags `BOOLEAN` (0 or 1). Plan, zone, template, customer and
/// property references carry no foreign key.
enum CurbsideMigrations {
    /// Adds the curbside migrations to `migrator`, next to any other module's.
    static func register(in migrator: inout DatabaseMigrator) {
        for migration in all {
            migrator.registerMigration(migration.name) { db in try db.execute(sql: migration.sql) }
        }
        registerGeocodeCache(in: &migrator)
    }

    /// Adds the migrations of the `geocode_cache` table, which a cache-only database has alone.
    static func registerGeocodeCache(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("geocode_cache v1") { db in
            try db.execute(sql: """
                CREATE TABLE "geocode_cache" (
                    "address_key" TEXT NOT NULL, "provider" TEXT NOT NULL, "found" BOOLEAN NOT NULL, "lat" DOUBLE, "lng" DOUBLE,
                    "formatted_address" TEXT, "postcode" TEXT, "precision" TEXT, "confidence" DOUBLE,
                    "stored_at" DOUBLE NOT NULL, "expires_at" DOUBLE NOT NULL,
                    PRIMARY KEY ("address_key", "provider")
                );
                CREATE INDEX "geocode_cache_expires_at" ON "geocode_cache"("expires_at");
                """)
        }
        // Mapbox and Nominatim answers stored before their precision was read from every documented feature type,
        // accuracy and rank (a country-only answer was stored as `city`, an interpolated house number as
        // `rooftop`): dropped, so that they are asked for, and read, again.
        migrator.registerMigration("geocode_cache v2 precision read again") { db in
            try db.execute(sql: """
                DELETE FROM "geocode_cache" WHERE "provider" IN ('mapbox', 'nominatim') AND "found";
                """)
        }
    }

    /// The migrations in order: a name and its statements.
    static let all: [(name: String, sql: String)] = [
        ("curbside v1", """
            CREATE TABLE "service_zones" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "name" TEXT NOT NULL, "boundary" TEXT NOT NULL,
                "zip_codes" TEXT NOT NULL, "priority" INTEGER NOT NULL DEFAULT 0, "is_active" BOOLEAN NOT NULL DEFAULT 1,
                "position" INTEGER NOT NULL, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE INDEX "service_zones_tenant_position" ON "service_zones"("tenant_id", "position");
            CREATE TABLE "service_plans" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "name" TEXT NOT NULL,
                "frequency" TEXT NOT NULL CHECK ("frequency" IN ('weekly', 'biweekly', 'monthly')),
                "price_cents" INTEGER NOT NULL CHECK ("price_cents" >= 0), "is_active" BOOLEAN NOT NULL DEFAULT 1,
                "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE TABLE "route_templates" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "name" TEXT NOT NULL, "service_zone_id" TEXT,
                "service_plan_id" TEXT,
                "day_of_week" TEXT NOT NULL
                    CHECK ("day_of_week" IN ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')),
                "is_active" BOOLEAN NOT NULL DEFAULT 1, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE INDEX "route_templates_tenant_zone" ON "route_templates"("tenant_id", "service_zone_id");
            """),
        // A counter per tenant, bumped by every change to its zones from any process, so a running server notices
        // zones imported by another one.
        ("curbside v2 zone revisions", """
            CREATE TABLE zone_revisions (tenant_id TEXT PRIMARY KEY NOT NULL, revision INTEGER NOT NULL);
            INSERT INTO zone_revisions (tenant_id, revision) SELECT DISTINCT tenant_id, 1 FROM service_zones;
            CREATE TRIGGER service_zones_revision_insert AFTER INSERT ON service_zones BEGIN
                INSERT INTO zone_revisions (tenant_id, revision) VALUES (NEW.tenant_id, 1)
                ON CONFLICT (tenant_id) DO UPDATE SET revision = revision + 1;
            END;
            CREATE TRIGGER service_zones_revision_update AFTER UPDATE ON service_zones BEGIN
                INSERT INTO zone_revisions (tenant_id, revision) VALUES (NEW.tenant_id, 1)
                ON CONFLICT (tenant_id) DO UPDATE SET revision = revision + 1;
            END;
            CREATE TRIGGER service_zones_revision_delete AFTER DELETE ON service_zones BEGIN
                INSERT INTO zone_revisions (tenant_id, revision) VALUES (OLD.tenant_id, 1)
                ON CONFLICT (tenant_id) DO UPDATE SET revision = revision + 1;
            END;
            """),
        // Customers and their properties, each tenant's settings, the stops of route templates (a property at most
        // once per template), the outbox, and the tables a customer's history and export read (`invoices` …
        // `service_skips`, written by nothing in this module yet; ids prefixed `inv_`, `pay_`, `stp_`, `com_`,
        // `ref_`, `vh_`, `skp_`; calendar days such as `route_date` are `yyyy-mm-dd` text).
        ("curbside v3 customers", """
            CREATE TABLE "customers" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "name" TEXT NOT NULL, "first_name" TEXT, "last_name" TEXT,
                "email" TEXT, "phone" TEXT, "address" TEXT, "address_key" TEXT, "lat" DOUBLE, "lng" DOUBLE,
                "service_plan_id" TEXT, "service_zone_id" TEXT, "billing_status" TEXT NOT NULL, "notes" TEXT,
                "custom_fields_json" TEXT, "enrolled_at" DATETIME, "stripe_customer_id" TEXT, "geocode_status" TEXT,
                "deleted_at" DATETIME, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE INDEX "customers_tenant_email" ON "customers"("tenant_id", "email" COLLATE NOCASE);
            CREATE INDEX "customers_tenant_address_key" ON "customers"("tenant_id", "address_key");
            CREATE INDEX "customers_tenant_deleted_at" ON "customers"("tenant_id", "deleted_at");
            CREATE TABLE "properties" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "customer_id" TEXT NOT NULL, "address" TEXT NOT NULL,
                "address_key" TEXT, "lat" DOUBLE, "lng" DOUBLE, "service_plan_id" TEXT, "service_zone_id" TEXT,
                "bin_count" INTEGER NOT NULL DEFAULT 1, "bin_size" TEXT, "bin_location" TEXT, "trash_day" TEXT,
                "trash_pickup_time" TEXT, "notes" TEXT, "is_active" BOOLEAN NOT NULL DEFAULT 1, "geocode_status" TEXT,
                "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE INDEX "properties_tenant_customer" ON "properties"("tenant_id", "customer_id");
            CREATE TABLE "tenant_settings" (
                "tenant_id" TEXT PRIMARY KEY NOT NULL, "trash_day_mode" TEXT NOT NULL, "default_trash_day" TEXT,
                "updated_at" DATETIME NOT NULL);
            CREATE TABLE "route_template_stops" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "route_template_id" TEXT NOT NULL,
                "property_id" TEXT NOT NULL, "is_active" BOOLEAN NOT NULL DEFAULT 1, "created_at" DATETIME NOT NULL,
                "updated_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"), UNIQUE ("tenant_id", "route_template_id", "property_id"));
            CREATE TABLE "outbox_events" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "kind" TEXT NOT NULL, "subject_id" TEXT NOT NULL,
                "idempotency_key" TEXT NOT NULL, "attempts" INTEGER NOT NULL DEFAULT 0,
                "next_attempt_at" DATETIME NOT NULL, "delivered_at" DATETIME, "last_error" TEXT,
                "created_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE INDEX "outbox_events_due" ON "outbox_events"("delivered_at", "next_attempt_at");
            CREATE TABLE "invoices" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "customer_id" TEXT NOT NULL,
                "total_cents" INTEGER NOT NULL, "status" TEXT NOT NULL, "issued_at" DATETIME, "paid_at" DATETIME,
                "created_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE INDEX "invoices_tenant_customer" ON "invoices"("tenant_id", "customer_id");
            CREATE TABLE "payments" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "customer_id" TEXT NOT NULL,
                "invoice_id" TEXT, "amount_cents" INTEGER NOT NULL, "method" TEXT, "paid_at" DATETIME NOT NULL,
                "created_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE INDEX "payments_tenant_customer" ON "payments"("tenant_id", "customer_id");
            CREATE TABLE "stops" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "customer_id" TEXT NOT NULL,
                "property_id" TEXT, "route_date" TEXT NOT NULL, "status" TEXT NOT NULL, "completed_at" DATETIME,
                "created_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE INDEX "stops_tenant_customer" ON "stops"("tenant_id", "customer_id");
            CREATE TABLE "communications" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "customer_id" TEXT NOT NULL,
                "channel" TEXT NOT NULL, "recipient" TEXT, "subject" TEXT, "body" TEXT, "status" TEXT NOT NULL,
                "sent_at" DATETIME, "created_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE INDEX "communications_tenant_customer" ON "communications"("tenant_id", "customer_id");
            CREATE TABLE "referrals" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "customer_id" TEXT NOT NULL,
                "referred_name" TEXT, "referred_email" TEXT, "status" TEXT NOT NULL, "created_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE INDEX "referrals_tenant_customer" ON "referrals"("tenant_id", "customer_id");
            CREATE TABLE "vacation_holds" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "customer_id" TEXT NOT NULL,
                "starts_on" TEXT NOT NULL, "ends_on" TEXT, "created_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE INDEX "vacation_holds_tenant_customer" ON "vacation_holds"("tenant_id", "customer_id");
            CREATE TABLE "service_skips" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "customer_id" TEXT NOT NULL,
                "property_id" TEXT, "skip_date" TEXT NOT NULL, "reason" TEXT, "created_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE INDEX "service_skips_tenant_customer" ON "service_skips"("tenant_id", "customer_id");
            """),
        // The live customers of a tenant in the list's default order (name, then id), so that a page of the list
        // is read in order rather than found by sorting every customer.
        ("curbside v4 customer list order", """
            CREATE INDEX "customers_tenant_live_name" ON "customers"("tenant_id", "deleted_at", "name" COLLATE NOCASE, "id");
            """),
        // The list's other orders and filters: the live customers of a tenant in enrolment order (then creation,
        // then id; never-enrolled ones sort first in the index and are read last, newest first or oldest first),
        // and, for each filter of the list (billing status, zone, plan), those of one value in name order and in
        // enrolment order. Every page of the list, in any order with or without one filter, is read in order.
        ("curbside v5 customer list orders and filters", """
            CREATE INDEX "customers_tenant_live_enrolled" ON "customers"("tenant_id", "deleted_at", "enrolled_at", "created_at", "id");
            CREATE INDEX "customers_tenant_live_status_name"
                ON "customers"("tenant_id", "deleted_at", "billing_status", "name" COLLATE NOCASE, "id");
            CREATE INDEX "customers_tenant_live_status_enrolled"
                ON "customers"("tenant_id", "deleted_at", "billing_status", "enrolled_at", "created_at", "id");
            CREATE INDEX "customers_tenant_live_zone_name"
                ON "customers"("tenant_id", "deleted_at", "service_zone_id", "name" COLLATE NOCASE, "id");
            CREATE INDEX "customers_tenant_live_zone_enrolled"
                ON "customers"("tenant_id", "deleted_at", "service_zone_id", "enrolled_at", "created_at", "id");
            CREATE INDEX "customers_tenant_live_plan_name"
                ON "customers"("tenant_id", "deleted_at", "service_plan_id", "name" COLLATE NOCASE, "id");
            CREATE INDEX "customers_tenant_live_plan_enrolled"
                ON "customers"("tenant_id", "deleted_at", "service_plan_id", "enrolled_at", "created_at", "id");
            """),
        // PostgreSQL's replicas are told of zone changes as they commit (`PostgresMigrations`); SQLite has no
        // notifications, and its servers keep polling the revisions: nothing to change here.
        ("curbside v6 zone notifications", """
            -- no change
            """),
        // TIGER/Line address ranges for street-level geocoding: public reference data shared by every tenant. An
        // edge's points are text (`lng lat,lng lat,…`); a county is replaced whole when it is imported again.
        ("curbside v7 street ranges", """
            CREATE TABLE "street_range_counties" (
                "code" TEXT NOT NULL PRIMARY KEY, "source" TEXT NOT NULL, "edges" INTEGER NOT NULL, "ranges" INTEGER NOT NULL,
                "imported_at" DATETIME NOT NULL);
            CREATE TABLE "street_edges" (
                "county" TEXT NOT NULL, "tlid" INTEGER NOT NULL, "points" TEXT NOT NULL, PRIMARY KEY ("county", "tlid"));
            CREATE TABLE "street_ranges" (
                "county" TEXT NOT NULL, "tlid" INTEGER NOT NULL, "side" TEXT NOT NULL, "pre_directional" TEXT,
                "street_name" TEXT NOT NULL, "suffix" TEXT, "post_directional" TEXT, "from_number" INTEGER NOT NULL,
                "to_number" INTEGER NOT NULL, "parity" TEXT NOT NULL, "zip" TEXT);
            CREATE INDEX "street_ranges_county" ON "street_ranges"("county");
            """),
        // How each property (and each customer's own address) was placed and how far its zone can be trusted, filled
        // in by the server on start (`CustomerService.refreshAssignments`): rows from before have no assignment yet. The
        // review queue reads a tenant's properties to review; tenants set how near a boundary is too near.
        ("curbside v8 assignment quality", """
            ALTER TABLE "properties" ADD COLUMN "geocode_precision" TEXT; ALTER TABLE "properties" ADD COLUMN "geocode_source" TEXT;
            ALTER TABLE "properties" ADD COLUMN "geocode_confidence" DOUBLE; ALTER TABLE "properties" ADD COLUMN "zone_match_method" TEXT;
            ALTER TABLE "properties" ADD COLUMN "boundary_distance_m" DOUBLE; ALTER TABLE "properties" ADD COLUMN "assignment" TEXT;
            ALTER TABLE "properties" ADD COLUMN "assignment_reasons" TEXT;
            ALTER TABLE "customers" ADD COLUMN "geocode_precision" TEXT; ALTER TABLE "customers" ADD COLUMN "geocode_source" TEXT;
            ALTER TABLE "customers" ADD COLUMN "geocode_confidence" DOUBLE; ALTER TABLE "customers" ADD COLUMN "zone_match_method" TEXT;
            ALTER TABLE "customers" ADD COLUMN "boundary_distance_m" DOUBLE; ALTER TABLE "customers" ADD COLUMN "assignment" TEXT;
            ALTER TABLE "customers" ADD COLUMN "assignment_reasons" TEXT;
            CREATE INDEX "properties_tenant_assignment" ON "properties"("tenant_id", "assignment");
            ALTER TABLE "tenant_settings" ADD COLUMN "rooftop_uncertainty_m" DOUBLE NOT NULL DEFAULT 15;
            ALTER TABLE "tenant_settings" ADD COLUMN "street_uncertainty_m" DOUBLE NOT NULL DEFAULT 60;
            ALTER TABLE "tenant_settings" ADD COLUMN "manual_uncertainty_m" DOUBLE NOT NULL DEFAULT 3;
            """),
        // Zone versions: every change of a tenant's zone set is a version (its metadata; the zones it added or changed,
        // as it left them, and the ids it removed), applied at once or scheduled. Drafts are zone sets being edited
        // apart from the live one. Properties keep the zone changes versions made. Outbox events carry a JSON
        // payload. A property's route-template stops are found by property (a re-zoning moves thousands). A tenant's zones from before are its version 1, in effect since its first zone was made.
        ("curbside v9 zone versions", """
            CREATE TABLE "zone_versions" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "number" INTEGER NOT NULL, "effective_at" DATETIME NOT NULL,
                "published_by" TEXT, "note" TEXT, "status" TEXT NOT NULL, "base_version_id" TEXT, "rezone" BOOLEAN NOT NULL,
                "zone_count" INTEGER NOT NULL, "added" INTEGER NOT NULL, "removed" INTEGER NOT NULL, "changed" INTEGER NOT NULL,
                "moved" INTEGER, "failure" TEXT, "created_at" DATETIME NOT NULL, "applied_at" DATETIME,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE UNIQUE INDEX "zone_versions_tenant_number" ON "zone_versions"("tenant_id", "number");
            CREATE TABLE "zone_version_zones" (
                "tenant_id" TEXT NOT NULL, "version_id" TEXT NOT NULL, "id" TEXT NOT NULL, "removed" BOOLEAN NOT NULL,
                "name" TEXT, "boundary" TEXT, "zip_codes" TEXT, "priority" INTEGER, "is_active" BOOLEAN, "position" INTEGER NOT NULL,
                PRIMARY KEY ("tenant_id", "version_id", "id"));
            CREATE TABLE "zone_drafts" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "name" TEXT, "note" TEXT, "base_version_id" TEXT,
                "created_by" TEXT, "created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE TABLE "zone_draft_zones" (
                "tenant_id" TEXT NOT NULL, "draft_id" TEXT NOT NULL, "id" TEXT NOT NULL, "name" TEXT NOT NULL,
                "boundary" TEXT NOT NULL, "zip_codes" TEXT NOT NULL, "priority" INTEGER NOT NULL, "is_active" BOOLEAN NOT NULL,
                "position" INTEGER NOT NULL,
                PRIMARY KEY ("tenant_id", "draft_id", "id"));
            CREATE TABLE "property_zone_changes" (
                "tenant_id" TEXT NOT NULL, "property_id" TEXT NOT NULL, "version_id" TEXT NOT NULL, "from_zone_id" TEXT,
                "to_zone_id" TEXT, "effective_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "property_id", "version_id"));
            CREATE INDEX "route_template_stops_tenant_property" ON "route_template_stops"("tenant_id", "property_id");
            ALTER TABLE "outbox_events" ADD COLUMN "payload" TEXT;
            INSERT INTO "zone_versions" ("tenant_id", "id", "number", "effective_at", "published_by", "note", "status",
                "base_version_id", "rezone", "zone_count", "added", "removed", "changed", "moved", "failure", "created_at", "applied_at")
            SELECT "tenant_id", 'zv_' || lower(hex(randomblob(8))), 1, MIN("created_at"), NULL, 'zones before versions were kept',
                'applied', NULL, 0, COUNT(*), COUNT(*), 0, 0, NULL, NULL, MIN("created_at"), MIN("created_at")
            FROM "service_zones" GROUP BY "tenant_id";
            INSERT INTO "zone_version_zones" ("tenant_id", "version_id", "id", "removed", "name", "boundary", "zip_codes",
                "priority", "is_active", "position")
            SELECT z."tenant_id", v."id", z."id", 0, z."name", z."boundary", z."zip_codes", z."priority", z."is_active", z."position"
            FROM "service_zones" z JOIN "zone_versions" v ON v."tenant_id" = z."tenant_id";
            """),
        // Webhooks: a tenant's subscriptions (endpoint, event types, signing secret, whether failing) and one
        // delivery per event and subscription, with its signed body and attempts; `sequence` orders a tenant's
        // deliveries as they were queued, so one record's events reach an endpoint in order.
        ("curbside v10 webhooks", """
            CREATE TABLE "webhooks" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "url" TEXT NOT NULL, "events" TEXT NOT NULL, "description" TEXT,
                "secret" TEXT NOT NULL, "status" TEXT NOT NULL, "consecutive_failures" INTEGER NOT NULL, "created_at" DATETIME NOT NULL,
                "updated_at" DATETIME NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE TABLE "webhook_deliveries" (
                "tenant_id" TEXT NOT NULL, "id" TEXT NOT NULL, "webhook_id" TEXT NOT NULL, "event_id" TEXT NOT NULL, "event_type" TEXT NOT NULL,
                "subject_id" TEXT NOT NULL, "body" TEXT NOT NULL, "status" TEXT NOT NULL, "attempts" INTEGER NOT NULL,
                "next_attempt_at" DATETIME NOT NULL, "last_status_code" INTEGER, "last_error" TEXT, "created_at" DATETIME NOT NULL,
                "delivered_at" DATETIME, "sequence" INTEGER NOT NULL,
                PRIMARY KEY ("tenant_id", "id"));
            CREATE UNIQUE INDEX "webhook_deliveries_event" ON "webhook_deliveries"("tenant_id", "webhook_id", "event_id");
            CREATE INDEX "webhook_deliveries_due" ON "webhook_deliveries"("status", "next_attempt_at");
            CREATE INDEX "webhook_deliveries_subject" ON "webhook_deliveries"("tenant_id", "webhook_id", "subject_id", "sequence");
            """),
    ]
}
