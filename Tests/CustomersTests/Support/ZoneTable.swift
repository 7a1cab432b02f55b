import Customers
import Synchronization

/// A `ZoneMatching` over fixed answers: the zone at a point, else the zone listing a ZIP, per tenant. It remembers
/// what it was asked.
final class ZoneTable: ZoneMatching {
    struct Point: Hashable, Sendable {
        var lat: Double
        var lng: Double
    }

    /// One question put to the matcher.
    struct Question: Equatable, Sendable {
        var tenant: String
        var lat: Double?
        var lng: Double?
        var zip: String?
    }

    private let points: [String: [Point: String]]
    private let zips: [String: [String: String]]
    private let questions = Mutex<[Question]>([])

    /// Tenant → point → zone, and tenant → ZIP → zone.
    init(points: [String: [Point: String]] = [:], zips: [String: [String: String]] = [:]) {
        self.points = points
        self.zips = zips
    }

    func zoneID(tenant: String, lat: Double?, lng: Double?, zip: String?) -> String? {
        questions.withLock { $0.append(Question(tenant: tenant, lat: lat, lng: lng, zip: zip)) }
        if let lat, let lng, let zone = points[tenant]?[Point(lat: lat, lng: lng)] { return zone }
        return zip.flatMap { zips[tenant]?[$0] }
    }

    /// One question for the whole placement: the zone of the point, else of the ZIP, with no boundary distances.
    func assess(tenant: String, lat: Double?, lng: Double?, zip: String?) -> ZoneAssessment {
        questions.withLock { $0.append(Question(tenant: tenant, lat: lat, lng: lng, zip: zip)) }
        if let lat, let lng, let zone = points[tenant]?[Point(lat: lat, lng: lng)] {
            return ZoneAssessment(zoneID: zone, method: .polygon, boundaryDistance: nil)
        }
        if let zone = zip.flatMap({ zips[tenant]?[$0] }) { return ZoneAssessment(zoneID: zone, method: .zip, boundaryDistance: nil) }
        return ZoneAssessment(zoneID: nil, method: .none, boundaryDistance: nil)
    }

    /// The questions asked, in order (assessing a record's zone asks about its point, with no ZIP).
    var asked: [Question] { questions.withLock { $0 } }
}
