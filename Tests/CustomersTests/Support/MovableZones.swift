import Customers
import Synchronization

/// A `ZoneMatching` whose answer for every point can be changed, as zones are edited: the zone covering any point,
/// the zone listing any ZIP code, and the distance to the nearest boundary.
final class MovableZones: ZoneMatching {
    struct Answer: Sendable {
        var covering: String?
        var zipZone: String?
        var boundaryDistance: Double?
    }

    private let answer: Mutex<Answer>

    init(covering: String? = nil, zipZone: String? = nil, boundaryDistance: Double? = nil) {
        answer = Mutex(Answer(covering: covering, zipZone: zipZone, boundaryDistance: boundaryDistance))
    }

    /// Changes the answer from now on.
    func move(_ change: (inout Answer) -> Void) {
        answer.withLock { change(&$0) }
    }

    func zoneID(tenant: String, lat: Double?, lng: Double?, zip: String?) -> String? {
        assess(tenant: tenant, lat: lat, lng: lng, zip: zip).zoneID
    }

    func assess(tenant: String, lat: Double?, lng: Double?, zip: String?) -> ZoneAssessment {
        let answer = answer.withLock { $0 }
        let distance = lat == nil ? nil : answer.boundaryDistance
        if lat != nil, let zone = answer.covering { return ZoneAssessment(zoneID: zone, method: .polygon, boundaryDistance: distance) }
        if zip != nil, let zone = answer.zipZone { return ZoneAssessment(zoneID: zone, method: .zip, boundaryDistance: distance) }
        return ZoneAssessment(zoneID: nil, method: .none, boundaryDistance: distance)
    }

    func covers(zoneID: String, tenant: String, lat: Double, lng: Double) -> Bool? {
        answer.withLock { $0.covering == zoneID }
    }
}
