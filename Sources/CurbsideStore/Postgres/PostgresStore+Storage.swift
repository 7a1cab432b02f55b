import Customers
import Foundation
import Zones
import Geocoding
import ZoneIndex

extension PostgresStore: CurbsideStorage {
    public var zones: any ZoneStoring { PostgresZoneStore(store: self) }
    public var catalog: any CatalogStoring { PostgresCatalogStore(store: self) }
    public var customers: any CustomerRepository { PostgresCustomerRepository(store: self) }
    public var outbox: any OutboxRepository { PostgresOutboxRepository(store: self) }
    public var territory: any TerritoryRepository { PostgresTerritoryRepository(store: self) }
    public var webhooks: any WebhookRepository { PostgresWebhookRepository(store: self) }
    public var geocodeCache: any GeocodeCacheStore { PostgresGeocodeCacheStore(store: self) }
    public var streetRanges: any StreetRangeStoring { PostgresStreetRangeStore(store: self) }

    public func seedDemo(tenant: String, zones: [Zone], now: Date) async throws -> DemoSeedSummary? {
        let rows = DemoSeed.rows(tenant: tenant, zones: zones, now: now)
        return try await write(lockingTenant: tenant) { session in
            let existing = try session.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM service_zones WHERE tenant_id = \(tenant))") ?? false
            guard !existing else { return nil }
            for zone in rows.zones {
                try PostgresZoneStore.insertNew(zone, at: now, in: session)
            }
            let log = ZoneWriteLog(upserted: rows.zones.map(\.id), added: rows.zones.count)
            try PostgresZoneVersionRows.record(log, tenant: tenant, by: ZoneAuthor(subject: nil, note: "demo zones"), at: now, in: session)
            for plan in rows.plans {
                try session.insert(plan, into: ServicePlanRecord.databaseTableName, onConflictDoNothing: true)
            }
            for template in rows.templates {
                try session.insert(template, into: RouteTemplateRecord.databaseTableName)
            }
            return rows.summary
        }
    }

    /// Runs the connection pool (PostgreSQL keeps its own house: autovacuum).
    public func run(log: @escaping @Sendable (String) -> Void) async throws {
        try await run()
    }

    public var description: String { location }
}
