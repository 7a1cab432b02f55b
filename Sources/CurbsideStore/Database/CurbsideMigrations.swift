import GRDB

/// The schema of the curbside tables, as migrations named `curbside …`.
enum CurbsideMigrations {
    /// Adds the curbside migrations to `migrator`, next to any other module's.
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("curbside v1") { db in
            try ServiceZoneRecord.createTable(in: db)
            try ServicePlanRecord.createTable(in: db)
            try RouteTemplateRecord.createTable(in: db)
        }
        migrator.registerMigration("curbside v2 zone revisions") { db in
            // A counter per tenant, bumped by every change to its zones from any process, so a running server
            // notices zones imported by another one.
            try db.execute(sql: """
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
                """)
        }
        migrator.registerMigration("curbside v3 customers") { db in
            try CustomerRecord.createTable(in: db)
            try PropertyRecord.createTable(in: db)
            try TenantSettingsRecord.createTable(in: db)
            try RouteTemplateStopRecord.createTable(in: db)
            try OutboxEventRecord.createTable(in: db)
            try CustomerHistoryTables.create(in: db)
        }
        migrator.registerMigration("curbside v4 customer list order") { db in
            try CustomerRecord.createListIndex(in: db)
        }
        registerGeocodeCache(in: &migrator)
    }

    /// Adds the migration of the `geocode_cache` table, which a cache-only database has alone.
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
    }
}
