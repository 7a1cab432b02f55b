@testable import ZoneIndex

/// The reference answer: every zone tested with GEOS's plain (unprepared) covers, in precedence order, then the
/// ZIP fallback by a linear scan. Slow and obviously right.
final class BruteForceMatcher {
    private let context = GEOSContext()
    private let zones: [Zone]
    private let geometries: [GEOSGeometry]
    private let boxes: [BoundingBox?]
    private let order: [Int]

    init(zones: [Zone]) throws {
        self.zones = zones
        let context = self.context
        geometries = try zones.map { try GEOSGeometry($0.boundary, context: context) }
        boxes = zones.map(\.boundary.boundingBox)
        // Highest priority first; the stable sort keeps definition order among equals.
        let all = zones
        order = all.indices.filter { all[$0].isActive }.sorted { all[$0].priority > all[$1].priority }
    }

    func match(lat: Double?, lng: Double?, zip: String?) throws -> ZoneMatch {
        if let lat, let lng {
            let point = try GEOSGeometry.point(x: lng, y: lat, context: context)
            for i in order {
                // The box test only skips zones that cannot cover the point.
                guard let box = boxes[i], box.contains(x: lng, y: lat) else { continue }
                if try geometries[i].covers(point) { return ZoneMatch(zone: zones[i], method: .polygon) }
            }
        }
        if let zip = zip.flatMap(ZIPCode.normalize) {
            for i in order where zones[i].zipCodes.contains(zip) {
                return ZoneMatch(zone: zones[i], method: .zip)
            }
        }
        return .none
    }
}
