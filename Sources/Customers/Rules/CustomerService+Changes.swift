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
    /// the name. The changes are applied in the writing transaction to the customer as it is then, so what another
    /// request or the outbox worker wrote while the address was being geocoded is kept.
    public func updateCustomer(id: String, changes: CustomerChanges, tenant: String) async throws -> CustomerSummary {
        guard var preview = try await repository.read({ try $0.customer(id: id, tenant: tenant, includingDeleted: false) }) else {
            throw CustomerError.notFound(kind: "customer", id: id)
        }
        // Every refusal of the fields is found before the geocoder is paid for.
        try Self.applyFields(changes, to: &preview)
        var placement: Placement?
        if !changes.address.isUnchanged, let address = FieldRules.trimmed(changes.address.value) {
            let manual = changes.lat.value != nil || changes.lng.value != nil
            placement = try await placer.place(
                address: address, lat: manual ? changes.lat.applied(to: preview.lat) : nil, lng: manual ? changes.lng.applied(to: preview.lng) : nil,
                zoneID: changes.serviceZoneID.isUnchanged ? nil : preview.serviceZoneID, tenant: tenant
            )
        }
        let date = now()
        let located = placement
        return try await repository.write { store in
            guard var customer = try store.customer(id: id, tenant: tenant, includingDeleted: false) else {
                throw CustomerError.notFound(kind: "customer", id: id)
            }
            try Self.applyFields(changes, to: &customer)
            let pendingGeocode = try Self.applyLocation(changes, placement: located, to: &customer)
            customer.updatedAt = date
            try Self.checkReferences(plan: customer.servicePlanID, zone: customer.serviceZoneID, tenant: tenant, in: store)
            try review.assess(&customer, in: store)
            try store.update(customer)
            if pendingGeocode {
                try store.enqueue(OutboxEvent(id: FieldRules.newID("evt_"), tenantID: tenant, kind: .geocode, subjectID: customer.id, createdAt: date))
            }
            guard let summary = try store.customerSummary(id: customer.id, tenant: tenant) else {
                throw CustomerError.notFound(kind: "customer", id: customer.id)
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
