import Customers
import Foundation
import Zones

/// A customer as the API shows it.
struct CustomerBody: Encodable {
    let summary: CustomerSummary

    enum CodingKeys: String, CodingKey {
        case id, name, email, phone, address, lat, lng, notes
        case firstName = "first_name", lastName = "last_name", billingStatus = "billing_status"
        case servicePlanID = "service_plan_id", servicePlanName = "service_plan_name"
        case serviceZoneID = "service_zone_id", serviceZoneName = "service_zone_name"
        case propertyCount = "property_count", customFieldsJSON = "custom_fields_json", enrolledAt = "enrolled_at"
        case stripeCustomerID = "stripe_customer_id", geocodeStatus = "geocode_status"
        case createdAt = "created_at", updatedAt = "updated_at", deletedAt = "deleted_at"
    }

    func encode(to encoder: Encoder) throws {
        let customer = summary.customer
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(customer.id, forKey: .id)
        try container.encode(customer.name, forKey: .name)
        try container.encode(customer.firstName, forKey: .firstName)
        try container.encode(customer.lastName, forKey: .lastName)
        try container.encode(customer.email, forKey: .email)
        try container.encode(customer.phone, forKey: .phone)
        try container.encode(customer.address, forKey: .address)
        try container.encode(customer.lat, forKey: .lat)
        try container.encode(customer.lng, forKey: .lng)
        try container.encode(customer.billingStatus, forKey: .billingStatus)
        try container.encode(customer.servicePlanID, forKey: .servicePlanID)
        try container.encode(summary.servicePlanName, forKey: .servicePlanName)
        try container.encode(customer.serviceZoneID, forKey: .serviceZoneID)
        try container.encode(summary.serviceZoneName, forKey: .serviceZoneName)
        try container.encode(summary.propertyCount, forKey: .propertyCount)
        try container.encode(customer.notes, forKey: .notes)
        try container.encode(customer.customFieldsJSON, forKey: .customFieldsJSON)
        try container.encode(customer.enrolledAt, forKey: .enrolledAt)
        try container.encode(customer.stripeCustomerID, forKey: .stripeCustomerID)
        try container.encode(customer.geocodeStatus, forKey: .geocodeStatus)
        try container.encode(customer.createdAt, forKey: .createdAt)
        try container.encode(customer.updatedAt, forKey: .updatedAt)
        try PlacementQualityJSON.encode(customer.quality, to: encoder)
    }
}

/// A property as the API shows it (`is_active` as 1 or 0, as documented); in the tenant-wide list, with its
/// customer's name.
struct PropertyBody: Encodable {
    let summary: PropertySummary
    var customerName: String?

    init(summary: PropertySummary) {
        self.summary = summary
    }

    init(listing: PropertyListing) {
        summary = listing.summary
        customerName = listing.customerName
    }

    enum CodingKeys: String, CodingKey {
        case id, address, lat, lng, notes
        case tenantID = "tenant_id", customerID = "customer_id"
        case servicePlanID = "service_plan_id", servicePlanName = "service_plan_name"
        case serviceZoneID = "service_zone_id", serviceZoneName = "service_zone_name"
        case binCount = "bin_count", binSize = "bin_size", binLocation = "bin_location"
        case trashDay = "trash_day", trashPickupTime = "trash_pickup_time", isActive = "is_active"
        case geocodeStatus = "geocode_status", createdAt = "created_at", updatedAt = "updated_at", customerName = "customer_name"
    }

    func encode(to encoder: Encoder) throws {
        let property = summary.property
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(property.id, forKey: .id)
        try container.encode(property.tenantID, forKey: .tenantID)
        try container.encode(property.customerID, forKey: .customerID)
        try container.encode(property.address, forKey: .address)
        try container.encode(property.lat, forKey: .lat)
        try container.encode(property.lng, forKey: .lng)
        try container.encode(property.servicePlanID, forKey: .servicePlanID)
        try container.encode(summary.servicePlanName, forKey: .servicePlanName)
        try container.encode(property.serviceZoneID, forKey: .serviceZoneID)
        try container.encode(summary.serviceZoneName, forKey: .serviceZoneName)
        try container.encode(property.binCount, forKey: .binCount)
        try container.encode(property.binSize, forKey: .binSize)
        try container.encode(property.binLocation, forKey: .binLocation)
        try container.encode(property.trashDay, forKey: .trashDay)
        try container.encode(property.trashPickupTime, forKey: .trashPickupTime)
        try container.encode(property.notes, forKey: .notes)
        try container.encode(property.isActive ? 1 : 0, forKey: .isActive)
        try container.encode(property.geocodeStatus, forKey: .geocodeStatus)
        try container.encode(property.createdAt, forKey: .createdAt)
        try container.encode(property.updatedAt, forKey: .updatedAt)
        try container.encodeIfPresent(customerName, forKey: .customerName)
        try PlacementQualityJSON.encode(property.quality, to: encoder)
    }
}
