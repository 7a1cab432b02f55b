import Customers

/// Zone matching by point only: every point is in `zoneID`; without a point there is no zone.
struct PointZones: ZoneMatching {
    var zoneID = "sz_north"

    func zoneID(tenant: String, lat: Double?, lng: Double?, zip: String?) -> String? {
        lat != nil && lng != nil ? zoneID : nil
    }
}
