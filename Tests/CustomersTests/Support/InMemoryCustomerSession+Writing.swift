import Customers

/// Writes, inside the session's copy of the tables.
extension InMemoryCustomerSession {
    func insert(_ customer: Customer) throws {
        guard !tables.customers.contains(where: { $0.tenantID == customer.tenantID && $0.id == customer.id }) else {
            throw InMemoryStoreError.duplicateKey(table: "customers", id: customer.id)
        }
        tables.customers.append(customer)
    }

    func update(_ customer: Customer) throws {
        guard let index = tables.customers.firstIndex(where: { $0.tenantID == customer.tenantID && $0.id == customer.id }) else {
            throw InMemoryStoreError.recordNotFound(table: "customers", id: customer.id)
        }
        tables.customers[index] = customer
    }

    func insert(_ property: Property) throws {
        if faults.contains(.insertProperty) { throw InMemoryStoreError.injected(.insertProperty) }
        guard !tables.properties.contains(where: { $0.tenantID == property.tenantID && $0.id == property.id }) else {
            throw InMemoryStoreError.duplicateKey(table: "properties", id: property.id)
        }
        tables.properties.append(property)
    }

    func update(_ property: Property) throws {
        guard let index = tables.properties.firstIndex(where: { $0.tenantID == property.tenantID && $0.id == property.id }) else {
            throw InMemoryStoreError.recordNotFound(table: "properties", id: property.id)
        }
        tables.properties[index] = property
    }

    func saveTenantSettings(_ settings: TenantSettings, tenant: String) throws {
        tables.settings[tenant] = settings
    }

    func deactivateTemplateStops(propertyID: String, tenant: String) throws {
        for index in tables.templateStops.indices
        where tables.templateStops[index].tenantID == tenant && tables.templateStops[index].propertyID == propertyID
            && tables.templateStops[index].isActive {
            tables.templateStops[index].isActive = false
            tables.templateStops[index].updatedAt = now
        }
    }

    /// Adds the stop, or reactivates the template's existing stop for the property (one row per pair).
    func activateTemplateStop(templateID: String, propertyID: String, tenant: String) throws {
        if let index = tables.templateStops.firstIndex(where: {
            $0.tenantID == tenant && $0.templateID == templateID && $0.propertyID == propertyID
        }) {
            guard !tables.templateStops[index].isActive else { return }
            tables.templateStops[index].isActive = true
            tables.templateStops[index].updatedAt = now
            return
        }
        tables.templateStops.append(TemplateStopRow(
            tenantID: tenant, id: CatalogRules.newID("rts_"), templateID: templateID, propertyID: propertyID, isActive: true,
            createdAt: now, updatedAt: now
        ))
    }

    func enqueue(_ event: OutboxEvent) throws {
        if faults.contains(.enqueue) { throw InMemoryStoreError.injected(.enqueue) }
        guard !tables.outbox.contains(where: { $0.tenantID == event.tenantID && $0.id == event.id }) else {
            throw InMemoryStoreError.duplicateKey(table: "outbox_events", id: event.id)
        }
        tables.outbox.append(event)
    }
}
