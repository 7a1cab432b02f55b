import Foundation
import Zones

/// A new customer, as a client sends it.
public struct CustomerInput: Sendable, Equatable, Decodable {
    public var name: String?
    public var firstName: String?
    public var lastName: String?
    public var email: String?
    public var phone: String?
    public var address: String?
    public var lat: Double?
    public var lng: Double?
    public var servicePlanID: String?
    public var serviceZoneID: String?
    /// Bulk import matches these by name when no id is given.
    public var servicePlanName: String?
    public var serviceZoneName: String?
    public var billingStatus: String?
    public var notes: String?
    public var customFieldsJSON: JSONValue?
    public var trashDay: String?
    public var trashPickupTime: String?
    public var enrolledAt: Date?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case name, email, phone, address, lat, lng, notes
        case firstName = "first_name", lastName = "last_name"
        case servicePlanID = "service_plan_id", serviceZoneID = "service_zone_id"
        case servicePlanName = "service_plan_name", serviceZoneName = "service_zone_name"
        case billingStatus = "billing_status", customFieldsJSON = "custom_fields_json"
        case trashDay = "trash_day", trashPickupTime = "trash_pickup_time", enrolledAt = "enrolled_at"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        firstName = try container.decodeIfPresent(String.self, forKey: .firstName)
        lastName = try container.decodeIfPresent(String.self, forKey: .lastName)
        email = try container.decodeIfPresent(String.self, forKey: .email)
        phone = try container.decodeIfPresent(String.self, forKey: .phone)
        address = try container.decodeIfPresent(String.self, forKey: .address)
        lat = try container.decodeIfPresent(Double.self, forKey: .lat)
        lng = try container.decodeIfPresent(Double.self, forKey: .lng)
        servicePlanID = try container.decodeIfPresent(String.self, forKey: .servicePlanID)
        serviceZoneID = try container.decodeIfPresent(String.self, forKey: .serviceZoneID)
        servicePlanName = try container.decodeIfPresent(String.self, forKey: .servicePlanName)
        serviceZoneName = try container.decodeIfPresent(String.self, forKey: .serviceZoneName)
        billingStatus = try container.decodeIfPresent(String.self, forKey: .billingStatus)
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
        customFieldsJSON = try container.decodeJSONObjectIfPresent(forKey: .customFieldsJSON)
        trashDay = try container.decodeIfPresent(String.self, forKey: .trashDay)
        trashPickupTime = try container.decodeIfPresent(String.self, forKey: .trashPickupTime)
        enrolledAt = try container.decodeIfPresent(Date.self, forKey: .enrolledAt)
    }
}

/// Changes to a customer: only the fields present are changed; `null` clears.
public struct CustomerChanges: Sendable, Equatable, Decodable {
    public var name: FieldUpdate<String> = .unchanged
    public var firstName: FieldUpdate<String> = .unchanged
    public var lastName: FieldUpdate<String> = .unchanged
    public var email: FieldUpdate<String> = .unchanged
    public var phone: FieldUpdate<String> = .unchanged
    public var address: FieldUpdate<String> = .unchanged
    public var lat: FieldUpdate<Double> = .unchanged
    public var lng: FieldUpdate<Double> = .unchanged
    public var servicePlanID: FieldUpdate<String> = .unchanged
    public var serviceZoneID: FieldUpdate<String> = .unchanged
    public var billingStatus: FieldUpdate<String> = .unchanged
    public var notes: FieldUpdate<String> = .unchanged
    public var customFieldsJSON: FieldUpdate<JSONValue> = .unchanged
    public var enrolledAt: FieldUpdate<Date> = .unchanged

    public init() {}

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CustomerInput.CodingKeys.self)
        name = try container.decodeUpdate(String.self, forKey: .name)
        firstName = try container.decodeUpdate(String.self, forKey: .firstName)
        lastName = try container.decodeUpdate(String.self, forKey: .lastName)
        email = try container.decodeUpdate(String.self, forKey: .email)
        phone = try container.decodeUpdate(String.self, forKey: .phone)
        address = try container.decodeUpdate(String.self, forKey: .address)
        lat = try container.decodeUpdate(Double.self, forKey: .lat)
        lng = try container.decodeUpdate(Double.self, forKey: .lng)
        servicePlanID = try container.decodeUpdate(String.self, forKey: .servicePlanID)
        serviceZoneID = try container.decodeUpdate(String.self, forKey: .serviceZoneID)
        billingStatus = try container.decodeUpdate(String.self, forKey: .billingStatus)
        notes = try container.decodeUpdate(String.self, forKey: .notes)
        customFieldsJSON = try container.decodeJSONObjectUpdate(forKey: .customFieldsJSON)
        enrolledAt = try container.decodeUpdate(Date.self, forKey: .enrolledAt)
    }
}
