/// Which attribute fields hold the zones' ids, names, ZIP codes, priorities and active flags. A field left nil is
/// looked for under its usual names (`ZoneField.usualNames`).
public struct ZoneFieldMapping: Sendable, Equatable {
    public var id: String?
    public var name: String?
    public var zip: String?
    public var priority: String?
    public var active: String?

    public init(id: String? = nil, name: String? = nil, zip: String? = nil, priority: String? = nil, active: String? = nil) {
        self.id = id
        self.name = name
        self.zip = zip
        self.priority = priority
        self.active = active
    }

    /// Whether no field is named.
    public var isEmpty: Bool { self == ZoneFieldMapping() }

    /// The field named for `field`, if any.
    public subscript(field: ZoneField) -> String? {
        switch field {
        case .id: id
        case .name: name
        case .zip: zip
        case .priority: priority
        case .active: active
        }
    }
}

/// An attribute of a zone that a field of a zone file holds.
public enum ZoneField: String, CaseIterable, Sendable {
    case id, name, zip, priority, active

    /// The command-line option that names the field.
    public var option: String { "--\(rawValue)-field" }

    /// The names tried, in order, when no field is named: the GeoJSON property names first, then common ones.
    /// Each is matched exactly first, then ignoring case.
    public var usualNames: [String] {
        switch self {
        case .id: ["id"]
        case .name: ["name"]
        case .zip: ["zip_codes", "zip", "zipcode", "zip_code", "zips"]
        case .priority: ["priority"]
        case .active: ["is_active", "active"]
        }
    }
}
