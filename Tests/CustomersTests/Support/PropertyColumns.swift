import Customers

/// A property as a row of the `properties` table: column name → value.
enum PropertyColumns {
    static func columns(_ property: Property) -> [String: ColumnValue] {
        [
            "tenant_id": .text(property.tenantID), "id": .text(property.id), "customer_id": .text(property.customerID),
            "address": .text(property.address), "address_key": .optional(property.addressKey),
            "lat": .optional(property.lat), "lng": .optional(property.lng),
            "service_plan_id": .optional(property.servicePlanID), "service_zone_id": .optional(property.serviceZoneID),
            "bin_count": .integer(property.binCount), "bin_size": .optional(property.binSize),
            "bin_location": .optional(property.binLocation), "trash_day": .optional(property.trashDay),
            "trash_pickup_time": .optional(property.trashPickupTime), "notes": .optional(property.notes),
            "is_active": .integer(property.isActive ? 1 : 0), "geocode_status": .optional(property.geocodeStatus?.rawValue),
            "created_at": .date(property.createdAt), "updated_at": .date(property.updatedAt),
        ]
    }
}
