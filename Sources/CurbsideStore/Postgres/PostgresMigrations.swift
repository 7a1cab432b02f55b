import Foundation
import PostgresNIO

/// The schema of the curbside tables in PostgreSQL: the same migrations, by name and meaning, as the SQLite
/// schema (`CurbsideMigrations`), written in PostgreSQL's types. Instants are `timestamptz`, integers `bigint`,
/// names compare case-insensitively through `lower(...)`.
enum PostgresMigrations {
    /// The migrations in order: a name and its statements.
    static let all: [(name: String, sql: String)] = [
        ("curbside v1", """
            CREATE TABLE service_zones (
                tenant_id text NOT NULL, id text NOT NULL, name text NOT NULL, boundary text NOT NULL,
                zip_codes text NOT NULL, priority bigint NOT NULL DEFAULT 0, is_active boolean NOT NULL DEFAULT true,
                position bigint NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id));
            CREATE INDEX service_zones_tenant_position ON service_zones (tenant_id, position);
            CREATE TABLE service_plans (
                tenant_id text NOT NULL, id text NOT NULL, name text NOT NULL,
                frequency text NOT NULL CHECK (frequency IN ('weekly', 'biweekly', 'monthly')),
                price_cents bigint NOT NULL CHECK (price_cents >= 0), is_active boolean NOT NULL DEFAULT true,
                created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id));
            CREATE TABLE route_templates (
                tenant_id text NOT NULL, id text NOT NULL, name text NOT NULL, service_zone_id text, service_plan_id text,
                day_of_week text NOT NULL
                    CHECK (day_of_week IN ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')),
                is_active boolean NOT NULL DEFAULT true, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id));
            CREATE INDEX route_templates_tenant_zone ON route_templates (tenant_id, service_zone_id);
            """),
        ("curbside v2 zone revisions", """
            CREATE TABLE zone_revisions (tenant_id text PRIMARY KEY, revision bigint NOT NULL);
            INSERT INTO zone_revisions (tenant_id, revision) SELECT DISTINCT tenant_id, 1 FROM service_zones;
            CREATE FUNCTION curbside_bump_zone_revision() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO zone_revisions AS r (tenant_id, revision)
                VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END, 1)
                ON CONFLICT (tenant_id) DO UPDATE SET revision = r.revision + 1;
                RETURN NULL;
            END $$;
            CREATE TRIGGER service_zones_revision AFTER INSERT OR UPDATE OR DELETE ON service_zones
                FOR EACH ROW EXECUTE FUNCTION curbside_bump_zone_revision();
            """),
        ("curbside v3 customers", """
            CREATE TABLE customers (
                tenant_id text NOT NULL, id text NOT NULL, name text NOT NULL, first_name text, last_name text,
                email text, phone text, address text, address_key text, lat double precision, lng double precision,
                service_plan_id text, service_zone_id text, billing_status text NOT NULL, notes text,
                custom_fields_json text, enrolled_at timestamptz, stripe_customer_id text, geocode_status text,
                deleted_at timestamptz, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id));
            CREATE INDEX customers_tenant_email ON customers (tenant_id, lower(email));
            CREATE INDEX customers_tenant_address_key ON customers (tenant_id, address_key);
            CREATE INDEX customers_tenant_deleted_at ON customers (tenant_id, deleted_at);
            CREATE TABLE properties (
                tenant_id text NOT NULL, id text NOT NULL, customer_id text NOT NULL, address text NOT NULL,
                address_key text, lat double precision, lng double precision, service_plan_id text, service_zone_id text,
                bin_count bigint NOT NULL DEFAULT 1, bin_size text, bin_location text, trash_day text,
                trash_pickup_time text, notes text, is_active boolean NOT NULL DEFAULT true, geocode_status text,
                created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id));
            CREATE INDEX properties_tenant_customer ON properties (tenant_id, customer_id);
            CREATE TABLE tenant_settings (
                tenant_id text PRIMARY KEY, trash_day_mode text NOT NULL, default_trash_day text,
                updated_at timestamptz NOT NULL);
            CREATE TABLE route_template_stops (
                tenant_id text NOT NULL, id text NOT NULL, route_template_id text NOT NULL, property_id text NOT NULL,
                is_active boolean NOT NULL DEFAULT true, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id), UNIQUE (tenant_id, route_template_id, property_id));
            CREATE TABLE outbox_events (
                tenant_id text NOT NULL, id text NOT NULL, kind text NOT NULL, subject_id text NOT NULL,
                idempotency_key text NOT NULL, attempts bigint NOT NULL DEFAULT 0, next_attempt_at timestamptz NOT NULL,
                delivered_at timestamptz, last_error text, created_at timestamptz NOT NULL,
                sequence bigserial NOT NULL,
                PRIMARY KEY (tenant_id, id));
            CREATE INDEX outbox_events_due ON outbox_events (next_attempt_at) WHERE delivered_at IS NULL;
            \(historyTables)
            """),
        ("curbside v4 customer list order", """
            CREATE INDEX customers_tenant_live_name ON customers (tenant_id, lower(name COLLATE "C"), id COLLATE "C")
                WHERE deleted_at IS NULL;
            """),
        // The SQLite migration's indexes, partial as `v4`'s; the name orders carry `name` so that a page is found
        // in the index alone, and the newest-first enrolment order has indexes of its own (never-enrolled
        // customers last in both directions, which one B-tree walked either way cannot give).
        ("curbside v5 customer list orders and filters", """
            DROP INDEX customers_tenant_live_name;
            CREATE INDEX customers_tenant_live_name ON customers (tenant_id, lower(name COLLATE "C"), id COLLATE "C")
                INCLUDE (name) WHERE deleted_at IS NULL;
            CREATE INDEX customers_tenant_live_enrolled
                ON customers (tenant_id, enrolled_at ASC NULLS LAST, created_at ASC, id COLLATE "C" ASC)
                WHERE deleted_at IS NULL;
            CREATE INDEX customers_tenant_live_enrolled_newest
                ON customers (tenant_id, enrolled_at DESC NULLS LAST, created_at DESC, id COLLATE "C" DESC)
                WHERE deleted_at IS NULL;
            CREATE INDEX customers_tenant_live_status_name
                ON customers (tenant_id, billing_status, lower(name COLLATE "C"), id COLLATE "C") INCLUDE (name)
                WHERE deleted_at IS NULL;
            CREATE INDEX customers_tenant_live_status_enrolled
                ON customers (tenant_id, billing_status, enrolled_at ASC NULLS LAST, created_at ASC, id COLLATE "C" ASC)
                WHERE deleted_at IS NULL;
            CREATE INDEX customers_tenant_live_status_enrolled_newest
                ON customers (tenant_id, billing_status, enrolled_at DESC NULLS LAST, created_at DESC, id COLLATE "C" DESC)
                WHERE deleted_at IS NULL;
            CREATE INDEX customers_tenant_live_zone_name
                ON customers (tenant_id, service_zone_id, lower(name COLLATE "C"), id COLLATE "C") INCLUDE (name)
                WHERE deleted_at IS NULL;
            CREATE INDEX customers_tenant_live_zone_enrolled
                ON customers (tenant_id, service_zone_id, enrolled_at ASC NULLS LAST, created_at ASC, id COLLATE "C" ASC)
                WHERE deleted_at IS NULL;
            CREATE INDEX customers_tenant_live_zone_enrolled_newest
                ON customers (tenant_id, service_zone_id, enrolled_at DESC NULLS LAST, created_at DESC, id COLLATE "C" DESC)
                WHERE deleted_at IS NULL;
            CREATE INDEX customers_tenant_live_plan_name
                ON customers (tenant_id, service_plan_id, lower(name COLLATE "C"), id COLLATE "C") INCLUDE (name)
                WHERE deleted_at IS NULL;
            CREATE INDEX customers_tenant_live_plan_enrolled
                ON customers (tenant_id, service_plan_id, enrolled_at ASC NULLS LAST, created_at ASC, id COLLATE "C" ASC)
                WHERE deleted_at IS NULL;
            CREATE INDEX customers_tenant_live_plan_enrolled_newest
                ON customers (tenant_id, service_plan_id, enrolled_at DESC NULLS LAST, created_at DESC, id COLLATE "C" DESC)
                WHERE deleted_at IS NULL;
            """),
        // Replicas LISTEN on `curbside_zones` (`PostgresZoneChangeFeed`): every transaction that changes a tenant's
        // zones, whoever the writer, tells them which tenant as it commits (one notification per tenant).
        ("curbside v6 zone notifications", """
            CREATE FUNCTION curbside_notify_zone_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('curbside_zones', CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END);
                RETURN NULL;
            END $$;
            CREATE TRIGGER service_zones_notify AFTER INSERT OR UPDATE OR DELETE ON service_zones
                FOR EACH ROW EXECUTE FUNCTION curbside_notify_zone_change();
            """),
        // The geocoder's cache (`GeocodeCacheRecord`; in SQLite it is the geocoding module's own migration).
        ("geocode_cache v1", """
            CREATE TABLE geocode_cache (
                address_key text NOT NULL, provider text NOT NULL, found boolean NOT NULL, lat double precision,
                lng double precision, formatted_address text, postcode text, precision text, confidence double precision,
                stored_at double precision NOT NULL, expires_at double precision NOT NULL,
                PRIMARY KEY (address_key, provider));
            CREATE INDEX geocode_cache_expires_at ON geocode_cache (expires_at);
            """),
        // Mapbox and Nominatim answers stored before their precision was read from every documented feature type,
        // accuracy and rank: dropped, so that they are asked for, and read, again (as in SQLite).
        ("geocode_cache v2 precision read again", """
            DELETE FROM geocode_cache WHERE provider IN ('mapbox', 'nominatim') AND found;
            """),
        // TIGER/Line address ranges (see the SQLite migration `curbside v7 street ranges`).
        ("curbside v7 street ranges", """
            CREATE TABLE street_range_counties (
                code text PRIMARY KEY, source text NOT NULL, edges bigint NOT NULL, ranges bigint NOT NULL,
                imported_at timestamptz NOT NULL);
            CREATE TABLE street_edges (county text NOT NULL, tlid bigint NOT NULL, points text NOT NULL, PRIMARY KEY (county, tlid));
            CREATE TABLE street_ranges (
                county text NOT NULL, tlid bigint NOT NULL, side text NOT NULL, pre_directional text, street_name text NOT NULL,
                suffix text, post_directional text, from_number bigint NOT NULL, to_number bigint NOT NULL, parity text NOT NULL,
                zip text);
            CREATE INDEX street_ranges_county ON street_ranges (county);
            """),
        ("curbside v8 assignment quality", """
            ALTER TABLE properties ADD COLUMN geocode_precision text, ADD COLUMN geocode_source text,
                ADD COLUMN geocode_confidence double precision, ADD COLUMN zone_match_method text,
                ADD COLUMN boundary_distance_m double precision, ADD COLUMN assignment text, ADD COLUMN assignment_reasons text;
            ALTER TABLE customers ADD COLUMN geocode_precision text, ADD COLUMN geocode_source text,
                ADD COLUMN geocode_confidence double precision, ADD COLUMN zone_match_method text,
                ADD COLUMN boundary_distance_m double precision, ADD COLUMN assignment text, ADD COLUMN assignment_reasons text;
            CREATE INDEX properties_tenant_assignment ON properties (tenant_id, assignment);
            ALTER TABLE tenant_settings ADD COLUMN rooftop_uncertainty_m double precision NOT NULL DEFAULT 15,
                ADD COLUMN street_uncertainty_m double precision NOT NULL DEFAULT 60,
                ADD COLUMN manual_uncertainty_m double precision NOT NULL DEFAULT 3;
            """),
        ("curbside v9 zone versions", """
            CREATE TABLE zone_versions (
                tenant_id text NOT NULL, id text NOT NULL, number bigint NOT NULL, effective_at timestamptz NOT NULL,
                published_by text, note text, status text NOT NULL, base_version_id text, rezone boolean NOT NULL,
                zone_count bigint NOT NULL, added bigint NOT NULL, removed bigint NOT NULL, changed bigint NOT NULL,
                moved bigint, failure text, created_at timestamptz NOT NULL, applied_at timestamptz,
                PRIMARY KEY (tenant_id, id));
            CREATE UNIQUE INDEX zone_versions_tenant_number ON zone_versions (tenant_id, number);
            CREATE TABLE zone_version_zones (
                tenant_id text NOT NULL, version_id text NOT NULL, id text NOT NULL, removed boolean NOT NULL,
                name text, boundary text, zip_codes text, priority bigint, is_active boolean, position bigint NOT NULL,
                PRIMARY KEY (tenant_id, version_id, id));
            CREATE TABLE zone_drafts (
                tenant_id text NOT NULL, id text NOT NULL, name text, note text, base_version_id text,
                created_by text, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id));
            CREATE TABLE zone_draft_zones (
                tenant_id text NOT NULL, draft_id text NOT NULL, id text NOT NULL, name text NOT NULL,
                boundary text NOT NULL, zip_codes text NOT NULL, priority bigint NOT NULL, is_active boolean NOT NULL,
                position bigint NOT NULL,
                PRIMARY KEY (tenant_id, draft_id, id));
            CREATE TABLE property_zone_changes (
                tenant_id text NOT NULL, property_id text NOT NULL, version_id text NOT NULL, from_zone_id text,
                to_zone_id text, effective_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, property_id, version_id));
            CREATE INDEX route_template_stops_tenant_property ON route_template_stops (tenant_id, property_id);
            ALTER TABLE outbox_events ADD COLUMN payload text;
            INSERT INTO zone_versions (tenant_id, id, number, effective_at, published_by, note, status, base_version_id, rezone,
                zone_count, added, removed, changed, moved, failure, created_at, applied_at)
            SELECT tenant_id, 'zv_' || substr(md5(random()::text || tenant_id), 1, 16), 1, MIN(created_at), NULL,
                'zones before versions were kept', 'applied', NULL, false, COUNT(*), COUNT(*), 0, 0, NULL, NULL, MIN(created_at),
                MIN(created_at)
            FROM service_zones GROUP BY tenant_id;
            INSERT INTO zone_version_zones (tenant_id, version_id, id, removed, name, boundary, zip_codes, priority, is_active, position)
            SELECT z.tenant_id, v.id, z.id, false, z.name, z.boundary, z.zip_codes, z.priority, z.is_active, z.position
            FROM service_zones z JOIN zone_versions v ON v.tenant_id = z.tenant_id;
            """),
        ("curbside v10 webhooks", """
            CREATE TABLE webhooks (
                tenant_id text NOT NULL, id text NOT NULL, url text NOT NULL, events text NOT NULL, description text,
                secret text NOT NULL, status text NOT NULL, consecutive_failures bigint NOT NULL, created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL,
                PRIMARY KEY (tenant_id, id));
            CREATE TABLE webhook_deliveries (
                tenant_id text NOT NULL, id text NOT NULL, webhook_id text NOT NULL, event_id text NOT NULL, event_type text NOT NULL,
                subject_id text NOT NULL, body text NOT NULL, status text NOT NULL, attempts bigint NOT NULL,
                next_attempt_at timestamptz NOT NULL, last_status_code bigint, last_error text, created_at timestamptz NOT NULL,
                delivered_at timestamptz, sequence bigint NOT NULL,
                PRIMARY KEY (tenant_id, id));
            CREATE UNIQUE INDEX webhook_deliveries_event ON webhook_deliveries (tenant_id, webhook_id, event_id);
            CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
            CREATE INDEX webhook_deliveries_subject ON webhook_deliveries (tenant_id, webhook_id, subject_id, sequence);
            """),
    ]

    /// The tables a customer's history and export read (see the SQLite migration `curbside v3 customers`).
    private static var historyTables: String {
        let tables: [(String, String)] = [
            ("invoices", "total_cents bigint NOT NULL, status text NOT NULL, issued_at timestamptz, paid_at timestamptz"),
            ("payments", "invoice_id text, amount_cents bigint NOT NULL, method text, paid_at timestamptz NOT NULL"),
            ("stops", "property_id text, route_date text NOT NULL, status text NOT NULL, completed_at timestamptz"),
            ("communications", "channel text NOT NULL, recipient text, subject text, body text, status text NOT NULL, sent_at timestamptz"),
            ("referrals", "referred_name text, referred_email text, status text NOT NULL"),
            ("vacation_holds", "starts_on text NOT NULL, ends_on text"),
            ("service_skips", "property_id text, skip_date text NOT NULL, reason text"),
        ]
        return tables.map { name, columns in
            """
            CREATE TABLE \(name) (tenant_id text NOT NULL, id text NOT NULL, customer_id text NOT NULL, \(columns),
                created_at timestamptz NOT NULL, PRIMARY KEY (tenant_id, id));
            CREATE INDEX \(name)_tenant_customer ON \(name) (tenant_id, customer_id);
            """
        }.joined(separator: "\n")
    }

    /// The statements of `script`, split at semicolons outside `$$` quotes.
    static func statements(_ script: String) -> [String] {
        var statements: [String] = [], current = "", quoted = false
        var previous: Character = " "
        for character in script {
            if character == "$" && previous == "$" { quoted.toggle() }
            if character == ";" && !quoted {
                statements.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        statements.append(current)
        return statements.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// Applies the migrations `store` lacks, in one transaction that holds an advisory lock on its schema, so
    /// replicas starting together migrate once, while stores of other schemas migrate without waiting for them.
    static func migrate(_ store: PostgresStore) async throws {
        try await store.write { session in
            try session.execute("SELECT pg_advisory_xact_lock(7041903, hashtext(current_schema()))")
            try session.execute("CREATE TABLE IF NOT EXISTS curbside_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
            let applied = Set(try session.query("SELECT name FROM curbside_migrations").map { try $0.decode(String.self) })
            for migration in all where !applied.contains(migration.name) {
                for statement in statements(migration.sql) {
                    try session.execute(PostgresQuery(statement))
                }
                try session.execute("INSERT INTO curbside_migrations (name) VALUES (\(migration.name))")
            }
        }
        store.storesGeometry = await PostgresGeometry.install(in: store)
    }
}
