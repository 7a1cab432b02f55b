import CurbsideStore
import Customers
import Foundation
import GRDB
import ZoneIndex

/// Customers, properties and the plans, zones and templates they refer to, for the repository tests.
enum CustomerFixtures {
    static let epoch = ZoneFixtures.epoch

    /// `seconds` after `epoch`.
    static func at(_ seconds: TimeInterval) -> Date { epoch.addingTimeInterval(seconds) }

    /// A repository over `database` whose clock reads `epoch`.
    static func repository(_ database: CurbsideDatabase) -> GRDBCustomerRepository {
        GRDBCustomerRepository(database: database, now: { epoch })
    }

    /// A customer with only the required fields, created `created` seconds after `epoch`.
    static func customer(
        _ id: String, tenant: String = "acme", name: String? = nil, status: BillingStatus = .active,
        created: TimeInterval = 0
    ) -> Customer {
        Customer(
            id: id, tenantID: tenant, name: name ?? "Customer \(id)", billingStatus: status,
            createdAt: at(created), updatedAt: at(created)
        )
    }

    /// A customer with every field set.
    static func fullCustomer(_ id: String = "cus_full", tenant: String = "acme") -> Customer {
        var customer = Customer(
            id: id, tenantID: tenant, name: "Ada Lovelace", billingStatus: .paused, createdAt: at(10),
            updatedAt: at(20)
        )
        customer.firstName = "Ada"
        customer.lastName = "Lovelace"
        customer.email = "ada@example.com"
        customer.phone = "+1 512 555 0100"
        customer.address = "100 Congress Ave, Austin, TX 78701"
        customer.addressKey = "100 congress ave austin tx 78701"
        customer.lat = 30.2650123
        customer.lng = -97.7437456
        customer.servicePlanID = "sp_weekly"
        customer.serviceZoneID = "sz_north"
        customer.notes = "Gate code at the side door"
        customer.customFieldsJSON = .object([
            "gate_code": .string("1234"), "dogs": .number(2), "ratio": .number(0.25),
            "flags": .array([.bool(true), .null]), "nested": .object(["floor": .string("3")]),
        ])
        customer.enrolledAt = at(5)
        customer.stripeCustomerID = "cus_stripe_123"
        customer.geocodeStatus = .manual
        customer.deletedAt = nil
        return customer
    }

    /// A property of `customerID` with only the required fields, created `created` seconds after `epoch`.
    static func property(
        _ id: String, customer customerID: String, tenant: String = "acme", isActive: Bool = true,
        created: TimeInterval = 0
    ) -> Property {
        var property = Property(
            id: id, tenantID: tenant, customerID: customerID, address: "Address of \(id)", createdAt: at(created),
            updatedAt: at(created)
        )
        property.isActive = isActive
        return property
    }

    /// A property with every field set.
    static func fullProperty(_ id: String = "prp_full", customer customerID: String = "cus_full") -> Property {
        var property = Property(
            id: id, tenantID: "acme", customerID: customerID, address: "200 Lavaca St, Austin, TX 78701",
            createdAt: at(30), updatedAt: at(40)
        )
        property.addressKey = "200 lavaca st austin tx 78701"
        property.lat = 30.2689
        property.lng = -97.7461
        property.servicePlanID = "sp_biweekly"
        property.serviceZoneID = "sz_south"
        property.binCount = 3
        property.binSize = "96 gal"
        property.binLocation = "Alley"
        property.trashDay = "thursday"
        property.trashPickupTime = "07:30"
        property.notes = "Bins behind the fence"
        property.isActive = false
        property.geocodeStatus = .notFound
        return property
    }

    /// Gives `tenant` the plans `sp_weekly` (named `planPrefix` + "Weekly Standard") and `sp_biweekly`, and the
    /// zones `sz_north` and `sz_south` (named `zonePrefix` + "North"/"South").
    static func seedCatalog(
        _ database: CurbsideDatabase, tenant: String = "acme", planPrefix: String = "", zonePrefix: String = ""
    ) async throws {
        let zones = ZoneFixtures.store(database)
        try await zones.insert(ZoneFixtures.zone("sz_north", tenant: tenant, name: zonePrefix + "North"))
        try await zones.insert(ZoneFixtures.zone("sz_south", tenant: tenant, name: zonePrefix + "South"))
        try await database.writer.write { db in
            for (id, name, frequency) in [
                ("sp_weekly", "Weekly Standard", "weekly"), ("sp_biweekly", "Biweekly Recycling", "biweekly"),
            ] {
                try ServicePlanRecord(
                    tenantID: tenant, id: id, name: planPrefix + name, frequency: frequency, priceCents: 1000,
                    createdAt: epoch, updatedAt: epoch
                ).insert(db)
            }
        }
    }

    /// Adds a route template to `tenant`.
    static func seedTemplate(
        _ database: CurbsideDatabase, _ id: String, tenant: String = "acme", name: String,
        zoneID: String = "sz_north", planID: String = "sp_weekly", isActive: Bool = true
    ) async throws {
        try await database.writer.write { db in
            try RouteTemplateRecord(
                tenantID: tenant, id: id, name: name, serviceZoneID: zoneID, servicePlanID: planID,
                dayOfWeek: "monday", isActive: isActive, createdAt: epoch, updatedAt: epoch
            ).insert(db)
        }
    }
}
