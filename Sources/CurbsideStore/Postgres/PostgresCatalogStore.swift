import Customers
import Foundation
import PostgresNIO

/// A tenant's service plans and route templates, kept in a PostgreSQL database: the counterpart of `CatalogStore`.
public struct PostgresCatalogStore: CatalogStoring {
    public let store: PostgresStore

    public init(store: PostgresStore) {
        self.store = store
    }

    public func servicePlans(tenant: String) async throws -> [ServicePlan] {
        try await store.read { session in
            try session.fetchAll(ServicePlanRecord.self, "SELECT * FROM service_plans WHERE tenant_id = \(tenant) ORDER BY name COLLATE \"C\", id COLLATE \"C\"")
                .map(\.plan)
        }
    }

    public func routeTemplates(tenant: String) async throws -> [RouteTemplate] {
        try await store.read { session in
            try session.fetchAll(RouteTemplateRecord.self, "SELECT * FROM route_templates WHERE tenant_id = \(tenant) ORDER BY name COLLATE \"C\", id COLLATE \"C\"")
                .map(\.template)
        }
    }

    public func insert(_ plan: ServicePlan) async throws {
        try await store.write(lockingTenant: plan.tenantID) { try $0.insert(ServicePlanRecord(plan), into: ServicePlanRecord.databaseTableName) }
    }

    public func insert(_ template: RouteTemplate) async throws {
        try await store.write(lockingTenant: template.tenantID) {
            try $0.insert(RouteTemplateRecord(template), into: RouteTemplateRecord.databaseTableName)
        }
    }

    public func routeTemplate(id: String, tenant: String) async throws -> RouteTemplate? {
        try await store.read { session in
            try session.fetchOne(RouteTemplateRecord.self, "SELECT * FROM route_templates WHERE tenant_id = \(tenant) AND id = \(id)")?.template
        }
    }

    public func references(plan: String?, zone: String?, tenant: String) async throws -> (planExists: Bool, zoneExists: Bool) {
        try await store.read { session in
            let planExists = try plan.map {
                try session.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM service_plans WHERE tenant_id = \(tenant) AND id = \($0))") ?? false
            } ?? true
            let zoneExists = try zone.map {
                try session.value(Bool.self, "SELECT EXISTS (SELECT 1 FROM service_zones WHERE tenant_id = \(tenant) AND id = \($0))") ?? false
            } ?? true
            return (planExists, zoneExists)
        }
    }

    public func stops(templateID: String, tenant: String) async throws -> [TemplateStop] {
        try await store.read { session in
            try session.query("""
                SELECT id, property_id, is_active FROM route_template_stops
                WHERE tenant_id = \(tenant) AND route_template_id = \(templateID) ORDER BY created_at, id COLLATE "C"
                """).map { row in
                let (id, property, active) = try row.decode((String, String, Bool).self)
                return TemplateStop(id: id, propertyID: property, isActive: active)
            }
        }
    }
}
