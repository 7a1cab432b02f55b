import Customers
import GRDB

/// A tenant's service plans and route templates, read only.
public struct CatalogStore: CatalogStoring {
    public let database: CurbsideDatabase

    public init(database: CurbsideDatabase) {
        self.database = database
    }

    /// The tenant's service plans, by name.
    public func servicePlans(tenant: String) async throws -> [ServicePlan] {
        try await database.writer.read { db in
            try ServicePlanRecord.all().tenant(tenant)
                .order(ServicePlanRecord.Columns.name, ServicePlanRecord.Columns.id)
                .fetchAll(db).map(\.plan)
        }
    }

    /// The tenant's route templates, by name.
    public func routeTemplates(tenant: String) async throws -> [RouteTemplate] {
        try await database.writer.read { db in
            try RouteTemplateRecord.all().tenant(tenant)
                .order(RouteTemplateRecord.Columns.name, RouteTemplateRecord.Columns.id)
                .fetchAll(db).map(\.template)
        }
    }
}

extension CatalogStore {
    /// Adds a service plan.
    public func insert(_ plan: ServicePlan) async throws {
        try await database.writer.write { db in try ServicePlanRecord(plan).insert(db) }
    }

    /// Adds a route template.
    public func insert(_ template: RouteTemplate) async throws {
        try await database.writer.write { db in try RouteTemplateRecord(template).insert(db) }
    }

    /// The template, or nil when the tenant has none by that id.
    public func routeTemplate(id: String, tenant: String) async throws -> RouteTemplate? {
        try await database.writer.read { db in
            try RouteTemplateRecord.all().tenant(tenant).filter(RouteTemplateRecord.Columns.id == id).fetchOne(db)?.template
        }
    }

    /// Whether the tenant has a plan with this id, and a zone with that one.
    public func references(plan: String?, zone: String?, tenant: String) async throws -> (planExists: Bool, zoneExists: Bool) {
        try await database.writer.read { db in
            let planExists = try plan.map { try ServicePlanRecord.all().tenant(tenant).filter(ServicePlanRecord.Columns.id == $0).isEmpty(db) == false } ?? true
            let zoneExists = try zone.map {
                try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM service_zones WHERE tenant_id = ? AND id = ?)", arguments: [tenant, $0]) ?? false
            } ?? true
            return (planExists, zoneExists)
        }
    }

    /// The template's stops, oldest first.
    public func stops(templateID: String, tenant: String) async throws -> [TemplateStop] {
        try await database.writer.read { db in
            try Row.fetchAll(
                db,
                sql: "SELECT id, property_id, is_active FROM route_template_stops WHERE tenant_id = ? AND route_template_id = ? ORDER BY created_at, id",
                arguments: [tenant, templateID]
            ).map { TemplateStop(id: $0["id"], propertyID: $0["property_id"], isActive: $0["is_active"]) }
        }
    }
}
