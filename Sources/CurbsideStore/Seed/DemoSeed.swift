import Foundation
import Zones
import GRDB
import ZoneIndex

/// Sample data for a tenant that has nothing yet: its zones, two service plans, and a route template for each
/// active zone and plan.
public struct DemoSeed: Sendable {
    /// The weekdays route templates are spread over, in turn.
    static let routeDays = ["monday", "tuesday", "wednesday", "thursday", "friday"]

    /// Writes `zones` (as the tenant's, in the order given), the plans "Weekly Standard" and "Biweekly Recycling",
    /// and one route template per active zone and plan, all or nothing; nil, writing nothing, when the tenant
    /// already has zones. A plan the tenant already has by the same id is kept as it is.
    public static func seed(
        into database: CurbsideDatabase, tenant: String, zones: [Zone], now: Date = Date()
    ) async throws -> DemoSeedSummary? {
        let rows = rows(tenant: tenant, zones: zones, now: now)
        return try await database.writer.write { db in
            guard try ServiceZoneRecord.all().tenant(tenant).isEmpty(db) else { return nil }
            for zone in rows.zones {
                try ZoneStore.insertNew(zone, at: now, in: db)
            }
            let log = ZoneWriteLog(upserted: rows.zones.map(\.id), added: rows.zones.count)
            try ZoneVersionRows.record(log, tenant: tenant, by: ZoneAuthor(subject: nil, note: "demo zones"), at: now, in: db)
            for plan in rows.plans {
                try plan.insert(db, onConflict: .ignore)
            }
            for template in rows.templates {
                try template.insert(db)
            }
            return rows.summary
        }
    }

    /// What a seed writes, whatever the store.
    struct Rows: Sendable {
        var zones: [Zone]
        var plans: [ServicePlanRecord]
        var templates: [RouteTemplateRecord]

        var summary: DemoSeedSummary {
            DemoSeedSummary(zones: zones.count, plans: plans.count, routeTemplates: templates.count)
        }
    }

    /// The rows a seed of `tenant` writes: `zones` made the tenant's, the plans and the templates.
    static func rows(tenant: String, zones: [Zone], now: Date) -> Rows {
        let zones = zones.map { zone in
            var zone = zone
            zone.tenantID = tenant
            return zone
        }
        let plans = plans(tenant: tenant, now: now)
        return Rows(zones: zones, plans: plans, templates: routeTemplates(zones: zones, plans: plans, now: now))
    }

    static func plans(tenant: String, now: Date) -> [ServicePlanRecord] {
        [
            ServicePlanRecord(
                tenantID: tenant, id: "sp_weekly_standard", name: "Weekly Standard", frequency: "weekly",
                priceCents: 3500, createdAt: now, updatedAt: now
            ),
            ServicePlanRecord(
                tenantID: tenant, id: "sp_biweekly_recycling", name: "Biweekly Recycling", frequency: "biweekly",
                priceCents: 1800, createdAt: now, updatedAt: now
            ),
        ]
    }

    /// One template per active zone and plan, zones in order, days Monday to Friday in turn.
    static func routeTemplates(zones: [Zone], plans: [ServicePlanRecord], now: Date) -> [RouteTemplateRecord] {
        let pairs = zones.filter(\.isActive).flatMap { zone in plans.map { (zone, $0) } }
        return pairs.enumerated().map { index, pair in
            let (zone, plan) = pair
            return RouteTemplateRecord(
                tenantID: zone.tenantID, id: RouteTemplateRecord.newID(), name: "\(zone.name) — \(plan.name)",
                serviceZoneID: zone.id, servicePlanID: plan.id, dayOfWeek: routeDays[index % routeDays.count],
                createdAt: now, updatedAt: now
            )
        }
    }
}
