import Foundation
import PostgresNIO

/// Zone boundaries as PostGIS geometry, for operators' SQL: where the `postgis` extension is installed (or can be
/// created), `service_zones.geom` holds each boundary as a `MultiPolygon` in WGS 84, kept up to date by a trigger
/// and indexed with GiST. Matching never reads it; the in-memory index stays the matcher.
enum PostgresGeometry {
    static let statements = [
        "ALTER TABLE service_zones ADD COLUMN IF NOT EXISTS geom geometry(MultiPolygon, 4326)",
        """
        CREATE OR REPLACE FUNCTION curbside_zone_geometry() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            BEGIN
                NEW.geom := ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(NEW.boundary), 4326));
            EXCEPTION WHEN OTHERS THEN
                NEW.geom := NULL;
            END;
            RETURN NEW;
        END $$
        """,
        "DROP TRIGGER IF EXISTS service_zones_geometry ON service_zones",
        """
        CREATE TRIGGER service_zones_geometry BEFORE INSERT OR UPDATE OF boundary ON service_zones
            FOR EACH ROW EXECUTE FUNCTION curbside_zone_geometry()
        """,
        // Filling in existing rows changes no zone: keep every replica from rebuilding its index for it.
        "ALTER TABLE service_zones DISABLE TRIGGER service_zones_revision",
        "UPDATE service_zones SET boundary = boundary WHERE geom IS NULL",
        "ALTER TABLE service_zones ENABLE TRIGGER service_zones_revision",
        "CREATE INDEX IF NOT EXISTS service_zones_geom ON service_zones USING gist (geom)",
    ]

    /// Adds the geometry column, trigger and index when PostGIS is there or can be created; returns whether zone
    /// boundaries are stored as geometry. Without PostGIS (or the right to create it) nothing changes.
    @discardableResult
    static func install(in store: PostgresStore) async -> Bool {
        do {
            return try await store.write { session in
                try session.execute("SELECT pg_advisory_xact_lock(7041904)")
                let available = try session.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis')") ?? false
                guard available else { return false }
                let installed = try session.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis')") ?? false
                if !installed {
                    try session.execute("SAVEPOINT postgis")
                    do {
                        try session.execute("CREATE EXTENSION postgis")
                    } catch {
                        // Not allowed to create it: a superuser can, later; until then there is no geometry.
                        try session.execute("ROLLBACK TO SAVEPOINT postgis")
                        return false
                    }
                }
                for statement in statements { try session.execute(PostgresQuery(statement)) }
                return true
            }
        } catch {
            store.logger.warning("PostGIS geometry for zones not installed: \(error)")
            return false
        }
    }
}
