import Foundation
import Zones

extension CustomerService {
    /// Every property of the tenant's live customer.
    public func properties(customerID: String, tenant: String) async throws -> [PropertySummary] {
        try await repository.read { store in
            guard try store.customer(id: customerID, tenant: tenant, includingDeleted: false) != nil else {
                throw CustomerError.notFound(kind: "customer", id: customerID)
            }
            return try store.properties(customerID: customerID, tenant: tenant)
        }
    }

    /// Adds a property: geocoded when no coordinates are given, zone-matched when no zone is given, the tenant's
    /// default trash day in uniform mode, and a stop on the route template of its zone and plan.
    public func createProperty(customerID: String, input: PropertyInput, tenant: String) async throws -> PropertySummary {
        guard let address = FieldRules.trimmed(input.address) else { throw CustomerError.invalid(field: "address", reason: "is required") }
        let binCount = try FieldRules.binCount(input.binCount)
        let trashDay = try FieldRules.trashDay(input.trashDay)
        guard try await repository.read({ try $0.customer(id: customerID, tenant: tenant, includingDeleted: false) }) != nil else {
            throw CustomerError.notFound(kind: "customer", id: customerID)
        }
        let zoneID = FieldRules.trimmed(input.serviceZoneID)
        let placement = try await placer.place(address: address, lat: input.lat, lng: input.lng, zoneID: zoneID, tenant: tenant)
        let date = now()
        var property = Property(id: FieldRules.newID("prop_"), tenantID: tenant, customerID: customerID, address: address, createdAt: date, updatedAt: date)
        property.addressKey = placement.addressKey
        property.lat = placement.lat
        property.lng = placement.lng
        property.geocodeStatus = placement.status
        property.quality = placement.quality
        property.serviceZoneID = placement.zoneID
        property.servicePlanID = FieldRules.trimmed(input.servicePlanID)
        property.binCount = binCount
        property.binSize = FieldRules.trimmed(input.binSize)
        property.binLocation = FieldRules.trimmed(input.binLocation)
        property.trashPickupTime = FieldRules.trimmed(input.trashPickupTime)
        property.notes = input.notes
        let created = property
        return try await repository.write { store in
            var property = created
            guard try store.customer(id: customerID, tenant: tenant, includingDeleted: false) != nil else {
                throw CustomerError.notFound(kind: "customer", id: customerID)
            }
            try Self.checkReferences(plan: property.servicePlanID, zone: property.serviceZoneID, tenant: tenant, in: store)
            property.trashDay = try Self.trashDay(trashDay, tenant: tenant, in: store)
            try review.assess(&property, in: store)
            try store.insert(property)
            try Self.syncTemplate(property, in: store)
            if property.geocodeStatus == .pending {
                try store.enqueue(OutboxEvent(id: FieldRules.newID("evt_"), tenantID: tenant, kind: .geocode, subjectID: property.id, createdAt: date))
            }
            return try Self.summary(property.id, tenant: tenant, in: store)
        }
    }

    /// Applies `changes`: a new address without coordinates is geocoded again (and the zone matched again unless
    /// one is given); a change of zone, plan or activity moves the route-template stop. The changes are applied in
    /// the writing transaction to the property as it is then, so a deactivation made while the address was being
    /// geocoded is kept.
    public func updateProperty(id: String, changes: PropertyChanges, tenant: String) async throws -> PropertySummary {
        guard var preview = try await repository.read({ try $0.property(id: id, tenant: tenant) }) else {
            throw CustomerError.notFound(kind: "property", id: id)
        }
        try Self.applyFields(changes, to: &preview)
        let explicitZone = !changes.serviceZoneID.isUnchanged
        let coordinatesGiven = changes.lat.value != nil || changes.lng.value != nil
        var placement: Placement?
        if !changes.address.isUnchanged || coordinatesGiven {
            placement = try await placer.place(
                address: preview.address, lat: coordinatesGiven ? changes.lat.applied(to: preview.lat) : nil,
                lng: coordinatesGiven ? changes.lng.applied(to: preview.lng) : nil,
                zoneID: explicitZone ? preview.serviceZoneID : nil, tenant: tenant
            )
        }
        let date = now()
        let located = placement
        return try await repository.write { store in
            guard var property = try store.property(id: id, tenant: tenant) else { throw CustomerError.notFound(kind: "property", id: id) }
            try Self.applyFields(changes, to: &property)
            if let located {
                property.addressKey = located.addressKey
                property.lat = located.lat
                property.lng = located.lng
                property.geocodeStatus = located.status
                property.quality = located.quality
                if !explicitZone { property.serviceZoneID = located.zoneID }
            }
            if explicitZone { property.quality.method = property.serviceZoneID == nil ? ZoneMatchMethod.none : .manual }
            property.updatedAt = date
            try Self.checkReferences(plan: property.servicePlanID, zone: property.serviceZoneID, tenant: tenant, in: store)
            try review.assess(&property, in: store)
            try store.update(property)
            try Self.syncTemplate(property, in: store)
            if property.geocodeStatus == .pending, !changes.address.isUnchanged {
                try store.enqueue(OutboxEvent(id: FieldRules.newID("evt_"), tenantID: tenant, kind: .geocode, subjectID: property.id, createdAt: date))
            }
            return try Self.summary(property.id, tenant: tenant, in: store)
        }
    }

    /// `changes` to every field but the coordinates, checked (a new address is only taken, not placed).
    static func applyFields(_ changes: PropertyChanges, to property: inout Property) throws(CustomerError) {
        property.serviceZoneID = FieldRules.trimmed(changes.serviceZoneID.applied(to: property.serviceZoneID))
        property.servicePlanID = FieldRules.trimmed(changes.servicePlanID.applied(to: property.servicePlanID))
        if !changes.binCount.isUnchanged { property.binCount = try FieldRules.binCount(changes.binCount.value) }
        property.binSize = FieldRules.trimmed(changes.binSize.applied(to: property.binSize))
        property.binLocation = FieldRules.trimmed(changes.binLocation.applied(to: property.binLocation))
        if !changes.trashDay.isUnchanged { property.trashDay = try FieldRules.trashDay(changes.trashDay.value) }
        property.trashPickupTime = FieldRules.trimmed(changes.trashPickupTime.applied(to: property.trashPickupTime))
        property.notes = changes.notes.applied(to: property.notes)
        if case .set(let active) = changes.isActive { property.isActive = active }
        if case .cleared = changes.isActive { throw .invalid(field: "is_active", reason: "must be 1 or 0") }
        if case .set(let text) = changes.address {
            guard let address = FieldRules.trimmed(text) else { throw .invalid(field: "address", reason: "must not be empty") }
            property.address = address
        } else if case .cleared = changes.address {
            throw .invalid(field: "address", reason: "must not be null")
        }
    }

    /// Deactivates the property and its route-template stops; the record is kept.
    public func deleteProperty(id: String, tenant: String) async throws {
        let date = now()
        try await repository.write { store in
            guard var property = try store.property(id: id, tenant: tenant) else { throw CustomerError.notFound(kind: "property", id: id) }
            property.isActive = false
            property.updatedAt = date
            try store.update(property)
            try store.deactivateTemplateStops(propertyID: id, tenant: tenant)
        }
    }

    static func summary(_ id: String, tenant: String, in store: any CustomerReading) throws -> PropertySummary {
        guard let summary = try store.propertySummary(id: id, tenant: tenant) else { throw CustomerError.notFound(kind: "property", id: id) }
        return summary
    }
}
