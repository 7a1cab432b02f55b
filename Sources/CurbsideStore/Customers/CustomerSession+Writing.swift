import Customers
import GRDB

/// Writes, inside the transaction the session belongs to.
extension CustomerSession {
    func insert(_ customer: Customer) throws {
        try CustomerRecord(customer).insert(db)
    }

    /// Replaces the stored customer with `customer`'s tenant and id; throws `RecordError.recordNotFound` when
    /// there is none.
    func update(_ customer: Customer) throws {
        try CustomerRecord(customer).update(db)
    }

    func insert(_ property: Property) throws {
        try PropertyRecord(property).insert(db)
    }

    /// Replaces the stored property with `property`'s tenant and id; throws `RecordError.recordNotFound` when
    /// there is none.
    func update(_ property: Property) throws {
        try PropertyRecord(property).update(db)
    }

    func saveTenantSettings(_ settings: TenantSettings, tenant: String) throws {
        try TenantSettingsRecord(settings, tenant: tenant, updatedAt: now).save(db)
    }

    func deactivateTemplateStops(propertyID: String, tenant: String) throws {
        try RouteTemplateStopRecord.all().tenant(tenant).at(propertyID: propertyID)
            .filter(RouteTemplateStopRecord.Columns.isActive)
            .updateAll(
                db,
                RouteTemplateStopRecord.Columns.isActive.set(to: false),
                RouteTemplateStopRecord.Columns.updatedAt.set(to: now)
            )
    }

    func activateTemplateStop(templateID: String, propertyID: String, tenant: String) throws {
        let stop = RouteTemplateStopRecord(
            tenantID: tenant, id: RouteTemplateStopRecord.newID(), routeTemplateID: templateID,
            propertyID: propertyID, isActive: true, createdAt: now, updatedAt: now
        )
        try stop.activate(db)
    }

    func enqueue(_ event: OutboxEvent) throws {
        try OutboxEventRecord(event).insert(db)
    }
}
