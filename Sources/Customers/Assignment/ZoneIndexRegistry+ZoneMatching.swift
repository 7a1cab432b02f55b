import ZoneIndex
import Zones

extension ZoneIndexRegistry: ZoneMatching {
    public func assess(tenant: String, lat: Double?, lng: Double?, zip: String?) -> ZoneAssessment {
        let index = index(for: tenant)
        let detail = (try? index.matchDetail(lat: lat, lng: lng, zip: zip)) ?? (try? index.matchDetail(lat: lat, lng: lng, zip: nil))
        guard let detail else { return ZoneAssessment(zoneID: nil, method: .none, boundaryDistance: nil) }
        return ZoneAssessment(zoneID: detail.match.zone?.id, method: ZoneMatchMethod(detail.match.method), boundaryDistance: detail.boundaryDistance)
    }

    public func covers(zoneID: String, tenant: String, lat: Double, lng: Double) -> Bool? {
        (try? index(for: tenant).covers(zoneID: zoneID, lat: lat, lng: lng)) ?? nil
    }
}

extension ZoneMatchMethod {
    init(_ method: MatchMethod) {
        switch method {
        case .polygon: self = .polygon
        case .zip: self = .zip
        case .none: self = .none
        }
    }
}
