import GRDB

/// A tenant's service plans and route templates, read only.
public struct CatalogStore: Sendable {
    public let database: CurbsideDatabase

    public init(database: CurbsideDatabase) {
        self.database = database
    }

    /// The tenant's service plans, by name.
    public func servicePlans(tenant: String) async throws -> [ServicePlanRecord] {
        try await database.writer.read { db in
            try ServicePlanRecord.all().tenant(tenant)
                .order(ServicePlanRecord.Columns.name, ServicePlanRecord.Columns.id)
                .fetchAll(db)
        }
    }

    /// The tenant's route templates, by name.
    public func routeTemplates(tenant: String) async throws -> [RouteTemplateRecord] {
        try await database.writer.read { db in
            try RouteTemplateRecord.all().tenant(tenant)
                .order(RouteTemplateRecord.Columns.name, RouteTemplateRecord.Columns.id)
                .fetchAll(db)
        }
    }
}
