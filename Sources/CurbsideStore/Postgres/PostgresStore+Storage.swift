import Customers
import Foundation
import Geocoding
import ZoneIndex

extension PostgresStore: CurbsideStorage {
    public var zones: any ZoneStoring { PostgresZoneStore(store: self) }
    public var catalog: any CatalogStoring { PostgresCatalogStore(store: self) }
    public var customers: any CustomerRepository { PostgresCustomerRepository(store: self) }
    public var outbox: any OutboxRepository { PostgresOutboxRepository(store: self) }
    public var geocodeCache: any GeocodeCacheStore { PostgresGeocodeCacheStore(store: self) }

    public func seedDemo(tenant: String, zones: [Zone], now: Date) async throws -> DemoSeedSummary? {
        try await write(lockingTenant: tenant) { session in
            let existing = try session.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM service_zones WHERE tenant_id = \(tenant))") ?? false
            guard !existing else { return nil }
            let zones = zones.map { zone in
                var zone = zone
                zone.tenantID = tenant
                return zone
            }
            for zone in zones {
                try PostgresZoneStore.insertNew(zone, at: now, in: session)
            }
            let plans = DemoSeed.plans(tenant: tenant, now: now)
            for plan in plans {
                try session.insert(plan, into: ServicePlanRecord.databaseTableName, onConflictDoNothing: true)
            }
            let templates = DemoSeed.routeTemplates(zones: zones, plans: plans, now: now)
            for template in templates {
                try session.insert(template, into: RouteTemplateRecord.databaseTableName)
            }
            return DemoSeedSummary(zones: zones.count, plans: plans.count, routeTemplates: templates.count)
        }
    }

    /// Nothing to do: PostgreSQL keeps its own house (autovacuum).
    public func maintain(log: @escaping @Sendable (String) -> Void) async {}

    public var description: String { location }
}
