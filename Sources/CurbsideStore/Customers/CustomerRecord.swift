import Customers
import Foundation
import Zones
import GRDB

/// One row of the `customers` table: a tenant's customer, live or soft-deleted.
///
/// The plan and zone references carry no foreign key, like the route templates'.
struct CustomerRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord, KeepsPlacementQuality {
    static let databaseTableName = "customers"

    var tenantID: String
    var id: String
    var name: String
    var firstName: String?
    var lastName: String?
    var email: String?
    var phone: String?
    var address: String?
    var addressKey: String?
    var lat: Double?
    var lng: Double?
    var servicePlanID: String?
    var serviceZoneID: String?
    var billingStatus: BillingStatus
    var notes: String?
    /// The custom fields as JSON text.
    var customFieldsJSON: String?
    var enrolledAt: Date?
    var stripeCustomerID: String?
    var geocodeStatus: GeocodeStatus?
    var geocodePrecision: PlacementPrecision?
    var geocodeSource: String?
    var geocodeConfidence: Double?
    var zoneMatchMethod: ZoneMatchMethod?
    var boundaryDistance: Double?
    var assignment: Assignment?
    var assignmentReasons: String?
    var deletedAt: Date?
    var createdAt: Date
    var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case tenantID = "tenant_id", id, name, firstName = "first_name", lastName = "last_name", email, phone
        case address, addressKey = "address_key", lat, lng, servicePlanID = "service_plan_id"
        case serviceZoneID = "service_zone_id", billingStatus = "billing_status", notes
        case customFieldsJSON = "custom_fields_json", enrolledAt = "enrolled_at"
        case stripeCustomerID = "stripe_customer_id", geocodeStatus = "geocode_status"
        case geocodePrecision = "geocode_precision", geocodeSource = "geocode_source", geocodeConfidence = "geocode_confidence"
        case zoneMatchMethod = "zone_match_method", boundaryDistance = "boundary_distance_m", assignment
        case assignmentReasons = "assignment_reasons", deletedAt = "deleted_at"
        case createdAt = "created_at", updatedAt = "updated_at"
    }

    /// The columns queries filter and sort on.
    enum Columns {
        static let tenantID = Column(CodingKeys.tenantID)
        static let id = Column(CodingKeys.id)
        static let email = Column(CodingKeys.email)
        static let name = Column(CodingKeys.name)
        static let addressKey = Column(CodingKeys.addressKey)
        static let deletedAt = Column(CodingKeys.deletedAt)
        static let createdAt = Column(CodingKeys.createdAt)
    }

    /// The row storing `customer`; throws when its custom fields cannot be encoded.
    init(_ customer: Customer) throws {
        tenantID = customer.tenantID
        id = customer.id
        name = customer.name
        firstName = customer.firstName
        lastName = customer.lastName
        email = customer.email
        phone = customer.phone
        address = customer.address
        addressKey = customer.addressKey
        lat = customer.lat
        lng = customer.lng
        servicePlanID = customer.servicePlanID
        serviceZoneID = customer.serviceZoneID
        billingStatus = customer.billingStatus
        notes = customer.notes
        customFieldsJSON = try customer.customFieldsJSON.map(CustomFieldsJSON.encode)
        enrolledAt = customer.enrolledAt
        stripeCustomerID = customer.stripeCustomerID
        geocodeStatus = customer.geocodeStatus
        deletedAt = customer.deletedAt
        createdAt = customer.createdAt
        updatedAt = customer.updatedAt
        placementQuality = customer.quality
    }

    /// The customer this row stores; throws when its custom fields are not JSON.
    func customer() throws -> Customer {
        var customer = Customer(
            id: id, tenantID: tenantID, name: name, billingStatus: billingStatus, createdAt: createdAt,
            updatedAt: updatedAt
        )
        customer.firstName = firstName
        customer.lastName = lastName
        customer.email = email
        customer.phone = phone
        customer.address = address
        customer.addressKey = addressKey
        customer.lat = lat
        customer.lng = lng
        customer.servicePlanID = servicePlanID
        customer.serviceZoneID = serviceZoneID
        customer.notes = notes
        customer.customFieldsJSON = try customFieldsJSON.map(CustomFieldsJSON.decode)
        customer.enrolledAt = enrolledAt
        customer.stripeCustomerID = stripeCustomerID
        customer.geocodeStatus = geocodeStatus
        customer.quality = placementQuality
        customer.deletedAt = deletedAt
        return customer
    }
}

extension DerivableRequest<CustomerRecord> {
    /// Customers of `tenant`.
    func tenant(_ tenant: String) -> Self {
        filter(CustomerRecord.Columns.tenantID == tenant)
    }

    /// The customer `id` (combine with `tenant(_:)`).
    func customer(id: String) -> Self {
        filter(CustomerRecord.Columns.id == id)
    }

    /// Customers that are not soft-deleted.
    func live() -> Self {
        filter(CustomerRecord.Columns.deletedAt == nil)
    }
}
