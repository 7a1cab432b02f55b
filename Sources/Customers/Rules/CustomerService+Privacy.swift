import Foundation

extension CustomerService {
    /// The customer with recent stops, invoices and route-template assignments.
    public func history(customerID: String, tenant: String) async throws -> (customer: CustomerSummary, history: CustomerHistory) {
        try await repository.read { store in
            guard let summary = try store.customerSummary(id: customerID, tenant: tenant) else {
                throw CustomerError.notFound(kind: "customer", id: customerID)
            }
            return (summary, try store.history(customerID: customerID, tenant: tenant, limit: 10))
        }
    }

    /// Everything kept about the customer (GDPR export), soft-deleted customers included.
    public func export(customerID: String, tenant: String) async throws -> (customer: Customer, records: CustomerRecords) {
        try await repository.read { store in
            guard let customer = try store.customer(id: customerID, tenant: tenant, includingDeleted: true) else {
                throw CustomerError.notFound(kind: "customer", id: customerID)
            }
            return (customer, try store.records(customerID: customerID, tenant: tenant))
        }
    }

    /// Anonymizes the customer (GDPR erasure): the name becomes "Deleted User"; e-mail, phone, address, coordinates,
    /// notes and custom fields are removed, as are the addresses and coordinates of its properties. Invoices and
    /// payments are kept, as the law requires.
    public func anonymize(customerID: String, tenant: String) async throws -> Customer {
        let date = now()
        return try await repository.write { store in
            guard var customer = try store.customer(id: customerID, tenant: tenant, includingDeleted: true) else {
                throw CustomerError.notFound(kind: "customer", id: customerID)
            }
            customer.name = "Deleted User"
            customer.firstName = nil
            customer.lastName = nil
            customer.email = nil
            customer.phone = nil
            customer.address = nil
            customer.addressKey = nil
            customer.lat = nil
            customer.lng = nil
            customer.notes = nil
            customer.customFieldsJSON = nil
            customer.geocodeStatus = nil
            customer.quality = .unknown
            customer.updatedAt = date
            try store.update(customer)
            for summary in try store.properties(customerID: customerID, tenant: tenant) {
                var property = summary.property
                property.address = ""
                property.addressKey = nil
                property.lat = nil
                property.lng = nil
                property.binLocation = nil
                property.notes = nil
                property.geocodeStatus = nil
                property.quality = .unknown
                property.updatedAt = date
                try store.update(property)
            }
            return customer
        }
    }
}
