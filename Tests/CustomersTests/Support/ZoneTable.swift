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

    var asked: [Question] { questions.withLock { $0 } }
}
