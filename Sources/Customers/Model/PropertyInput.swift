/// A new property, as a client sends it.
public struct PropertyInput: Sendable, Equatable, Decodable {
    public var address: String?
    public var lat: Double?
    public var lng: Double?
    public var servicePlanID: String?
    public var serviceZoneID: String?
    public var binCount: Int?
    public var binSize: String?
    public var binLocation: String?
    public var trashDay: String?
    public var trashPickupTime: String?
    public var notes: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case address, lat, lng, notes
        case servicePlanID = "service_plan_id", serviceZoneID = "service_zone_id"
        case binCount = "bin_count", binSize = "bin_size", binLocation = "bin_location"
        case trashDay = "trash_day", trashPickupTime = "trash_pickup_time"
    }
}

/// Changes to a property: only the fields present are changed; `null` clears.
public struct PropertyChanges: Sendable, Equatable, Decodable {
    public var address: FieldUpdate<String> = .unchanged
    public var lat: FieldUpdate<Double> = .unchanged
    public var lng: FieldUpdate<Double> = .unchanged
    public var servicePlanID: FieldUpdate<String> = .unchanged
    public var serviceZoneID: FieldUpdate<String> = .unchanged
    public var binCount: FieldUpdate<Int> = .unchanged
    public var binSize: FieldUpdate<String> = .unchanged
    public var binLocation: FieldUpdate<String> = .unchanged
    public var trashDay: FieldUpdate<String> = .unchanged
    public var trashPickupTime: FieldUpdate<String> = .unchanged
    public var notes: FieldUpdate<String> = .unchanged
    /// `1`/`0` or `true`/`false`.
    public var isActive: FieldUpdate<Bool> = .unchanged

    public init() {}

    enum CodingKeys: String, CodingKey {
        case address, lat, lng, notes
        case servicePlanID = "service_plan_id", serviceZoneID = "service_zone_id"
        case binCount = "bin_count", binSize = "bin_size", binLocation = "bin_location"
        case trashDay = "trash_day", trashPickupTime = "trash_pickup_time", isActive = "is_active"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        address = try container.decodeUpdate(String.self, forKey: .address)
        lat = try container.decodeUpdate(Double.self, forKey: .lat)
        lng = try container.decodeUpdate(Double.self, forKey: .lng)
        servicePlanID = try container.decodeUpdate(String.self, forKey: .servicePlanID)
        serviceZoneID = try container.decodeUpdate(String.self, forKey: .serviceZoneID)
        binCount = try container.decodeUpdate(Int.self, forKey: .binCount)
        binSize = try container.decodeUpdate(String.self, forKey: .binSize)
        binLocation = try container.decodeUpdate(String.self, forKey: .binLocation)
        trashDay = try container.decodeUpdate(String.self, forKey: .trashDay)
        trashPickupTime = try container.decodeUpdate(String.self, forKey: .trashPickupTime)
        notes = try container.decodeUpdate(String.self, forKey: .notes)
        if container.contains(.isActive), try !container.decodeNil(forKey: .isActive) {
            if let flag = try? container.decode(Bool.self, forKey: .isActive) {
                isActive = .set(flag)
            } else {
                let number = try container.decode(Int.self, forKey: .isActive)
                guard number == 0 || number == 1 else {
                    throw DecodingError.dataCorruptedError(forKey: .isActive, in: container, debugDescription: "is_active must be 1 or 0")
                }
                isActive = .set(number == 1)
            }
        }
    }
}
