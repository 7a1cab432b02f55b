import Customers
import Foundation

/// One read or write of an `InMemoryCustomerRepository`, over its own copy of the tables.
final class InMemoryCustomerSession: CustomerWriting {
    var tables: CustomerTables
    /// The time stamped on rows written on the store's own account.
    let now: Date
    let faults: Set<StoreFault>

    init(tables: CustomerTables, now: Date, faults: Set<StoreFault> = []) {
        self.tables = tables
        self.now = now
        self.faults = faults
    }

    func customer(id: String, tenant: String, includingDeleted: Bool) throws -> Customer? {
        tables.customers.first { $0.tenantID == tenant && $0.id == id && (includingDeleted || $0.deletedAt == nil) }
    }

    func customerSummary(id: String, tenant: String) throws -> CustomerSummary? {
        try customer(id: id, tenant: tenant, includingDeleted: false).map(summary)
    }

    func customers(tenant: String, query: CustomerQuery) throws -> (rows: [CustomerSummary], total: Int) {
        let matches = tables.customers.filter { $0.tenantID == tenant && $0.deletedAt == nil && CustomerListing.matches($0, query) }
            .sorted(by: CustomerListing.order(query.sort))
        let limit = max(query.limit, 0)
        let (offset, overflow) = (max(query.page, 1) - 1).multipliedReportingOverflow(by: limit)
        let page = matches.dropFirst(overflow ? matches.count : offset).prefix(limit)
        return (page.map(summary), matches.count)
    }

    func duplicates(tenant: String, email: String?, addressKey: String?) throws -> [Customer] {
        tables.customers.filter { customer in
            guard customer.tenantID == tenant, customer.deletedAt == nil else { return false }
            let sameEmail = email.flatMap { email in customer.email.map { NoCase.equal($0, email) } } ?? false
            let sameAddress = addressKey != nil && customer.addressKey == addressKey
            return sameEmail || sameAddress
        }
        .sorted { Self.precedes(($0.createdAt, $0.id), ($1.createdAt, $1.id)) }
    }

    func property(id: String, tenant: String) throws -> Property? {
        tables.properties.first { $0.tenantID == tenant && $0.id == id }
    }

    func propertySummary(id: String, tenant: String) throws -> PropertySummary? {
        try property(id: id, tenant: tenant).map(summary)
    }

    func properties(customerID: String, tenant: String) throws -> [PropertySummary] {
        tables.properties.filter { $0.tenantID == tenant && $0.customerID == customerID }
            .sorted { Self.precedes(($0.createdAt, $0.id), ($1.createdAt, $1.id)) }
            .map(summary)
    }

    func tenantSettings(tenant: String) throws -> TenantSettings {
        tables.settings[tenant] ?? TenantSettings()
    }

    /// The customer with its plan and zone names and its number of active properties.
    func summary(_ customer: Customer) -> CustomerSummary {
        let count = tables.properties.count { $0.tenantID == customer.tenantID && $0.customerID == customer.id && $0.isActive }
        return CustomerSummary(
            customer: customer, servicePlanName: planName(customer.servicePlanID, tenant: customer.tenantID),
            serviceZoneName: zoneName(customer.serviceZoneID, tenant: customer.tenantID), propertyCount: count
        )
    }

    func summary(_ property: Property) -> PropertySummary {
        PropertySummary(
            property: property, servicePlanName: planName(property.servicePlanID, tenant: property.tenantID),
            serviceZoneName: zoneName(property.serviceZoneID, tenant: property.tenantID)
        )
    }

    /// Whether `left` sorts before `right` by time, then by id bytes.
    static func precedes(_ left: (Date, String), _ right: (Date, String)) -> Bool {
        left.0 != right.0 ? left.0 < right.0 : NoCase.precedes(left.1, right.1, folding: false)
    }
}
