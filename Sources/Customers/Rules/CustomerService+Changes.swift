import Foundation
import Zones

extension CustomerService {
    /// The tenant's live customer, or `notFound`.
    public func customer(id: String, tenant: String) async throws -> CustomerSummary {
        guard let summary = try await repository.read({ try $0.customerSummary(id: id, tenant: tenant) }) else {
            throw CustomerError.notFound(kind: "customer", id: id)
        }
        return summary
    }

    /// One page of the tenant's customers.
    public func customers(tenant: String, query: CustomerQuery) async throws -> (rows: [CustomerSummary], total: Int) {
        guard (1...200).contains(query.limit) else { throw CustomerError.invalid(field: "limit", reason: "must be between 1 and 200") }
        guard query.page >= 1 else { throw CustomerError.invalid(field: "page", reason: "must be at least 1") }
        return try await repository.read { try $0.customers(tenant: tenant, query: query) }
    }

    /// Applies `changes`: a new address without coordinates is geocoded again; a new first or last name recomposes
    /// the name.
    public func updateCustomer(id: String, changes: CustomerChanges, tenant: String) async throws -> CustomerSummary {
        guard var customer = try await repository.read({ try $0.customer(id: id, tenant: tenant, includingDeleted: false) }) else {
            throw CustomerError.notFound(kind: "customer", id: id)
        }
        customer.firstName = FieldRules.trimmed(changes.firstName.applied(to: customer.firstName))
        customer.lastName = FieldRules.trimmed(changes.lastName.applied(to: customer.lastName))
        if case .set(let name) = changes.name {
            guard let name = FieldRules.trimmed(name) else { throw CustomerError.invalid(field: "name", reason: "must not be empty") }
            customer.name = name
        } else if case .cleared = changes.name {
            throw CustomerError.invalid(field: "name", reason: "must not be null")
        }
        if !changes.firstName.isUnchanged || !changes.lastName.isUnchanged {
            if let composed = FieldRules.composedName(name: nil, firstName: customer.firstName, lastName: customer.lastName) { customer.name = composed }
        }
        if !changes.email.isUnchanged { customer.email = try FieldRules.email(changes.email.value) }
        customer.phone = FieldRules.trimmed(changes.phone.applied(to: customer.phone))
        customer.notes = changes.notes.applied(to: customer.notes)
        customer.customFieldsJSON = try FieldRules.customFields(changes.customFieldsJSON.applied(to: customer.customFieldsJSON))
        customer.enrolledAt = changes.enrolledAt.applied(to: customer.enrolledAt)
        customer.servicePlanID = FieldRules.trimmed(changes.servicePlanID.applied(to: customer.servicePlanID))
        customer.serviceZoneID = FieldRules.trimmed(changes.serviceZoneID.applied(to: customer.serviceZoneID))
        switch changes.billingStatus {
        case .unchanged: break
        case .cleared: throw CustomerError.invalid(field: "billing_status", reason: "must be one of active, pending, paused, canceled")
        case .set(let text): customer.billingStatus = try FieldRules.billingStatus(text) ?? customer.billingStatus
        }
        var pendingGeocode = false
        let newLat = changes.lat.applied(to: customer.lat), newLng = changes.lng.applied(to: customer.lng)
        if !changes.address.isUnchanged {
            customer.address = FieldRules.trimmed(changes.address.value)
            if let address = customer.address {
                let manual = changes.lat.value != nil || changes.lng.value != nil
                let placement = try await placer.place(
                    address: address, lat: manual ? newLat : nil, lng: manual ? newLng : nil,
                    zoneID: changes.serviceZoneID.isUnchanged ? nil : customer.serviceZoneID, tenant: tenant
                )
                customer.addressKey = placement.addressKey
                customer.lat = placement.lat
                customer.lng = placement.lng
                customer.geocodeStatus = placement.status
                if changes.serviceZoneID.isUnchanged, let zone = placement.zoneID { customer.serviceZoneID = zone }
                pendingGeocode = placement.status == .pending
            } else {
                customer.addressKey = nil
                customer.geocodeStatus = nil
                customer.lat = newLat
                customer.lng = newLng
            }
        } else if !changes.lat.isUnchanged || !changes.lng.isUnchanged {
            if let lat = newLat, let lng = newLng { try Placer.validate(lat: lat, lng: lng) } else if (newLat == nil) != (newLng == nil) {
                throw CustomerError.invalid(field: newLat == nil ? "lat" : "lng", reason: "is required with the other coordinate")
            }
            customer.lat = newLat
            customer.lng = newLng
            customer.geocodeStatus = newLat == nil ? customer.geocodeStatus : .manual
        }
        customer.updatedAt = now()
        let updated = customer
        let date = customer.updatedAt
        let enqueueGeocode = pendingGeocode
        return try await repository.write { store in
            try Self.checkReferences(plan: updated.servicePlanID, zone: updated.serviceZoneID, tenant: tenant, in: store)
            try store.update(updated)
            if enqueueGeocode {
                try store.enqueue(OutboxEvent(id: FieldRules.newID("evt_"), tenantID: tenant, kind: .geocode, subjectID: updated.id, createdAt: date))
            }
            guard let summary = try store.customerSummary(id: updated.id, tenant: tenant) else {
                throw CustomerError.notFound(kind: "customer", id: updated.id)
            }
            return summary
        }
    }

    /// Soft-deletes: the customer leaves lists, search and duplicate checks until restored.
    public func deleteCustomer(id: String, tenant: String) async throws {
        let date = now()
        try await repository.write { store in
            guard var customer = try store.customer(id: id, tenant: tenant, includingDeleted: false) else {
                throw CustomerError.notFound(kind: "customer", id: id)
            }
            customer.deletedAt = date
            customer.updatedAt = date
            try store.update(customer)
        }
    }

    /// Undoes a soft delete.
    public func restoreCustomer(id: String, tenant: String) async throws -> CustomerSummary {
        let date = now()
        return try await repository.write { store in
            guard var customer = try store.customer(id: id, tenant: tenant, includingDeleted: true) else {
                throw CustomerError.notFound(kind: "customer", id: id)
            }
            customer.deletedAt = nil
            customer.updatedAt = date
            try store.update(customer)
            guard let summary = try store.customerSummary(id: id, tenant: tenant) else { throw CustomerError.notFound(kind: "customer", id: id) }
            return summary
        }
    }

    /// Live customers with the same e-mail (case-insensitively) or the same normalized address.
    public func duplicates(email: String?, address: String?, tenant: String) async throws -> [Customer] {
        let email = FieldRules.trimmed(email)
        let key = FieldRules.trimmed(address).flatMap { placer.normalizer.key($0) }
        guard email != nil || key != nil else {
            throw CustomerError.invalid(field: "email", reason: "or address is required")
        }
        return try await repository.read { try $0.duplicates(tenant: tenant, email: email, addressKey: key) }
    }
}
