/// A new customer checked, geocoded and zone-matched, waiting to be written with its first property and
/// the outbox events it causes.
struct CustomerDraft: Sendable {
    var customer: Customer
    var placement: Placement?
    var trashDay: String?
    var trashPickupTime: String?
    /// A plan to look up by name, when no plan id was given.
    var planName: String?
    /// A zone to look up by name, when no zone id was given.
    var zoneName: String?

    /// Writes the customer, its first property and its outbox events; returns the customer's id. Every rule that
    /// can refuse the draft (`CustomerError`) is checked before the first write, so a refused draft leaves nothing
    /// behind.
    func insert(in store: any CustomerWriting, stripe: Bool, review: AssignmentReview) throws -> String {
        var customer = self.customer
        let tenant = customer.tenantID, date = customer.createdAt
        if customer.servicePlanID == nil, let planName {
            guard let id = try store.servicePlanID(named: planName, tenant: tenant) else {
                throw CustomerError.invalid(field: "service_plan_name", reason: "names no service plan (\(planName))")
            }
            customer.servicePlanID = id
        }
        if let zoneName {
            guard let id = try store.serviceZoneID(named: zoneName, tenant: tenant) else {
                throw CustomerError.invalid(field: "service_zone_name", reason: "names no service zone (\(zoneName))")
            }
            customer.serviceZoneID = id
            customer.quality.method = .manual
        }
        let checks = try store.writeChecks(plan: customer.servicePlanID, zone: customer.serviceZoneID, tenant: tenant)
        try CustomerService.checkReferences(checks, plan: customer.servicePlanID, zone: customer.serviceZoneID)
        let trashDay = CustomerService.trashDay(trashDay, settings: checks.settings)

        try review.assess(&customer, in: store)
        try store.insert(customer)
        if let address = customer.address, let placement {
            var property = Property(id: FieldRules.newID("prop_"), tenantID: tenant, customerID: customer.id, address: address, createdAt: date, updatedAt: date)
            property.addressKey = placement.addressKey
            property.lat = customer.lat
            property.lng = customer.lng
            property.geocodeStatus = placement.status
            property.servicePlanID = customer.servicePlanID
            property.serviceZoneID = customer.serviceZoneID
            property.trashDay = trashDay
            property.trashPickupTime = trashPickupTime
            property.quality = customer.quality
            try store.insert(property)
            try CustomerService.syncTemplate(property, in: store)
            if placement.status == .pending {
                try store.enqueue(OutboxEvent(id: FieldRules.newID("evt_"), tenantID: tenant, kind: .geocode, subjectID: property.id, createdAt: date))
            }
        }
        if customer.email != nil {
            try store.enqueue(OutboxEvent(id: FieldRules.newID("evt_"), tenantID: tenant, kind: .welcomeEmail, subjectID: customer.id, createdAt: date))
            if stripe {
                try store.enqueue(OutboxEvent(id: FieldRules.newID("evt_"), tenantID: tenant, kind: .stripeCustomer, subjectID: customer.id, createdAt: date))
            }
        }
        return customer.id
    }
}
