/// How a zone was found for a point.
public enum MatchMethod: String, Sendable, Codable, CaseIterable {
    /// A zone boundary covers the point.
    case polygon
    /// No boundary covers the point (or no point was given) and a zone lists the ZIP code.
    case zip
    /// No zone.
    case none
}

/// The answer to "which zone is this in?".
public struct ZoneMatch: Sendable, Equatable {
    public let zone: Zone?
    public let method: MatchMethod

    public init(zone: Zone?, method: MatchMethod) {
        self.zone = zone
        self.method = method
    }

    public static let none = ZoneMatch(zone: nil, method: .none)
}

extension ZoneMatch: Encodable {
    private enum CodingKeys: String, CodingKey {
        case zoneID = "zone_id"
        case zoneName = "zone_name"
        case method
    }

    /// Encodes as `{"zone_id", "zone_name", "method"}`, with nulls when no zone matched.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(zone?.id, forKey: .zoneID)
        try container.encode(zone?.name, forKey: .zoneName)
        try container.encode(method, forKey: .method)
    }
}
