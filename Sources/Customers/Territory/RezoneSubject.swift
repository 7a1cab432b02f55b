import Foundation
import Zones

/// A property as a re-zoning reads it: where it is, what it is assigned now, and what a notice names.
public struct RezoneSubject: Sendable, Equatable {
    public var propertyID: String
    public var customerID: String
    public var customerName: String
    public var address: String
    public var lat: Double?
    public var lng: Double?
    /// The ZIP code of its address, when the address has one.
    public var zip: String?
    public var zoneID: String?
    public var method: ZoneMatchMethod?
    public var planID: String?
    public var trashDay: String?
    /// The route template it is an active stop of.
    public var templateID: String?

    public init(
        propertyID: String, customerID: String, customerName: String, address: String, lat: Double?, lng: Double?, zip: String?,
        zoneID: String?, method: ZoneMatchMethod?, planID: String?, trashDay: String?, templateID: String?
    ) {
        self.propertyID = propertyID
        self.customerID = customerID
        self.customerName = customerName
        self.address = address
        self.lat = lat
        self.lng = lng
        self.zip = zip
        self.zoneID = zoneID
        self.method = method
        self.planID = planID
        self.trashDay = trashDay
        self.templateID = templateID
    }

    /// The five-digit ZIP code ending an address key (`…, AUSTIN TX 78701` or `…78701-1234`), if any.
    public static func zip(ofAddressKey key: String?) -> String? {
        guard let key else { return nil }
        var text = Substring(key)
        if text.count >= 10, text[text.index(text.endIndex, offsetBy: -5)] == "-" { text = text.dropLast(5) }
        let tail = text.suffix(5)
        guard tail.count == 5, tail.allSatisfy(\.isASCIIDigit) else { return nil }
        let before = text.dropLast(5).last
        guard before == nil || before == " " || before == "," else { return nil }
        return String(tail)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

/// One property moved by a re-zoning: what a customer notice says.
public struct PropertyMove: Sendable, Equatable, Codable {
    public var propertyID: String
    public var customerID: String
    public var customerName: String
    public var address: String
    public var fromZoneID: String?
    public var toZoneID: String?
    public var fromRouteTemplateID: String?
    public var toRouteTemplateID: String?
    public var fromTrashDay: String?
    public var toTrashDay: String?
    /// How the new zone was found: `polygon`, `zip` or `none`.
    public var method: ZoneMatchMethod

    public enum CodingKeys: String, CodingKey {
        case propertyID = "property_id", customerID = "customer_id", customerName = "customer_name", address
        case fromZoneID = "from_zone_id", toZoneID = "to_zone_id", fromRouteTemplateID = "from_route_template_id"
        case toRouteTemplateID = "to_route_template_id", fromTrashDay = "from_trash_day", toTrashDay = "to_trash_day"
        case method = "zone_match_method"
    }

    /// Every key, `null` where there is no value: a notice reads the same fields from every move.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(propertyID, forKey: .propertyID)
        try container.encode(customerID, forKey: .customerID)
        try container.encode(customerName, forKey: .customerName)
        try container.encode(address, forKey: .address)
        try container.encode(fromZoneID, forKey: .fromZoneID)
        try container.encode(toZoneID, forKey: .toZoneID)
        try container.encode(fromRouteTemplateID, forKey: .fromRouteTemplateID)
        try container.encode(toRouteTemplateID, forKey: .toRouteTemplateID)
        try container.encode(fromTrashDay, forKey: .fromTrashDay)
        try container.encode(toTrashDay, forKey: .toTrashDay)
        try container.encode(method, forKey: .method)
    }
}

/// A zone change a version made to a property.
public struct PropertyZoneChange: Sendable, Equatable {
    public var versionID: String
    public var fromZoneID: String?
    public var toZoneID: String?
    public var effectiveAt: Date

    public init(versionID: String, fromZoneID: String?, toZoneID: String?, effectiveAt: Date) {
        self.versionID = versionID
        self.fromZoneID = fromZoneID
        self.toZoneID = toZoneID
        self.effectiveAt = effectiveAt
    }
}
