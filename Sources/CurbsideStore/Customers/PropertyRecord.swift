import Customers
import Foundation
import Zones
import GRDB

/// One row of the `properties` table: a service location of a customer, active or not.
struct PropertyRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord, KeepsPlacementQuality {
    static let databaseTableName = "properties"

    var tenantID: String
    var id: String
    var customerID: String
    var address: String
    var addressKey: String?
    var lat: Double?
    var lng: Double?
    var servicePlanID: String?
    var serviceZoneID: String?
    var binCount: Int
    var binSize: String?
    var binLocation: String?
    var trashDay: String?
    var trashPickupTime: String?
    var notes: String?
    var isActive: Bool
    var geocodeStatus: GeocodeStatus?
    var geocodePrecision: PlacementPrecision?
    var geocodeSource: String?
    var geocodeConfidence: Double?
    var zoneMatchMethod: ZoneMatchMethod?
    var boundaryDistance: Double?
    var assignment: Assignment?
    var assignmentReasons: String?
    var createdAt: Date
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case tenantID = "tenant_id", id, customerID = "customer_id", address, addressKey = "address_key", lat, lng
        case servicePlanID = "service_plan_id", serviceZoneID = "service_zone_id", binCount = "bin_count"
        case binSize = "bin_size", binLocation = "bin_location", trashDay = "trash_day"
        case trashPickupTime = "trash_pickup_time", notes, isActive = "is_active", geocodeStatus = "geocode_status"
        case geocodePrecision = "geocode_precision", geocodeSource = "geocode_source", geocodeConfidence = "geocode_confidence"
        case zoneMatchMethod = "zone_match_method", boundaryDistance = "boundary_distance_m", assignment
        case assignmentReasons = "assignment_reasons"
        case createdAt = "created_at", updatedAt = "updated_at"
    }

    /// The columns queries filter and sort on.
    enum Columns {
        static let tenantID = Column(CodingKeys.tenantID)
        static let id = Column(CodingKeys.id)
        static let customerID = Column(CodingKeys.customerID)
    }

    /// The row storing `property`.
    init(_ property: Property) {
        tenantID = property.tenantID
        id = property.id
        customerID = property.customerID
        address = property.address
        addressKey = property.addressKey
        lat = property.lat
        lng = property.lng
        servicePlanID = property.servicePlanID
        serviceZoneID = property.serviceZoneID
        binCount = property.binCount
        binSize = property.binSize
        binLocation = property.binLocation
        trashDay = property.trashDay
        trashPickupTime = property.trashPickupTime
        notes = property.notes
        isActive = property.isActive
        geocodeStatus = property.geocodeStatus
        createdAt = property.createdAt
        updatedAt = property.updatedAt
        placementQuality = property.quality
    }

    /// The property this row stores.
    func property() -> Property {
        var property = Property(
            id: id, tenantID: tenantID, customerID: customerID, address: address, createdAt: createdAt,
            updatedAt: updatedAt
        )
        property.addressKey = addressKey
        property.lat = lat
        property.lng = lng
        property.servicePlanID = servicePlanID
        property.serviceZoneID = serviceZoneID
        property.binCount = binCount
        property.binSize = binSize
        property.binLocation = binLocation
        property.trashDay = trashDay
        property.trashPickupTime = trashPickupTime
        property.notes = notes
        property.isActive = isActive
        property.geocodeStatus = geocodeStatus
        property.quality = placementQuality
        return property
    }
}

extension DerivableRequest<PropertyRecord> {
    /// Properties of `tenant`.
    func tenant(_ tenant: String) -> Self {
        filter(PropertyRecord.Columns.tenantID == tenant)
    }

    /// The property `id` (combine with `tenant(_:)`).
    func property(id: String) -> Self {
        filter(PropertyRecord.Columns.id == id)
    }
}
