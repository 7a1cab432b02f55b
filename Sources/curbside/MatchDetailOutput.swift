import ZoneIndex

/// `curbside match --detail`'s answer for one point: the fields of `POST /match-zone?detail=true`.
struct MatchDetailOutput: Encodable {
    let detail: ZoneMatchDetail
    /// Whether the query had a point; only then do zip and none answers name the nearest zone.
    let hasPoint: Bool

    init(_ detail: ZoneMatchDetail, hasPoint: Bool) {
        self.detail = detail
        self.hasPoint = hasPoint
    }

    private enum CodingKeys: String, CodingKey {
        case zoneID = "zone_id", zoneName = "zone_name", method
        case boundaryDistance = "boundary_distance_m"
        case nearestZoneID = "nearest_zone_id", nearestZoneName = "nearest_zone_name", nearestDistance = "nearest_distance_m"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(detail.match.zone?.id, forKey: .zoneID)
        try container.encode(detail.match.zone?.name, forKey: .zoneName)
        try container.encode(detail.match.method, forKey: .method)
        try container.encode(detail.boundaryDistance.map(Self.tenths), forKey: .boundaryDistance)
        guard hasPoint && detail.match.method != .polygon else { return }
        try container.encode(detail.nearestZone?.id, forKey: .nearestZoneID)
        try container.encode(detail.nearestZone?.name, forKey: .nearestZoneName)
        try container.encode(detail.nearestDistance.map(Self.tenths), forKey: .nearestDistance)
    }

    /// `metres` rounded to 0.1 m.
    private static func tenths(_ metres: Double) -> Double { (metres * 10).rounded() / 10 }
}
