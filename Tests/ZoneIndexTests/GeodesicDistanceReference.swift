import CPROJ
import Foundation
@testable import ZoneIndex

/// Distances from a point to zones by GEOS in an azimuthal equidistant projection centred at the point (PROJ on
/// WGS84), where planar distances from the centre are geodesic metres: the reference the fast path is tested against.
final class GeodesicDistanceReference {
    /// Metres from the point to one zone's boundary (every ring) and to its area (0 inside).
    struct ZoneDistance {
        var position: Int
        var boundary: Double
        var area: Double
    }

    private let zones: [(position: Int, zone: Zone)]
    private let geos = GEOSContext()
    private let proj: OpaquePointer

    /// A reference over the active zones (with polygons) of `zones`.
    init(zones: [Zone]) {
        self.zones = zones.enumerated().filter { $0.element.isActive && !$0.element.boundary.polygons.isEmpty }
            .map { ($0.offset, $0.element) }
        proj = proj_context_create()!
    }

    deinit {
        proj_context_destroy(proj)
    }

    /// The distances of (lng, lat) to every active zone.
    func distances(lat: Double, lng: Double) throws -> [ZoneDistance] {
        let definition = "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad "
            + "+step +proj=aeqd +lat_0=\(lat) +lon_0=\(lng) +ellps=WGS84"
        guard let projection = proj_create(proj, definition) else { throw ReferenceError("cannot create \(definition)") }
        defer { proj_destroy(projection) }
        let origin = try GEOSGeometry.point(x: 0, y: 0, context: geos)
        func distance(_ position: Int, _ zone: Zone, densify: Bool) throws -> ZoneDistance {
            let ring = { (ring: [Coordinate]) in self.project(densify ? Self.densified(ring) : ring, projection) }
            let projected = ZoneBoundary.multiPolygon(zone.boundary.polygons.map { polygon in
                Polygon(exterior: ring(polygon.exterior), holes: polygon.holes.map(ring))
            })
            let geometry = try GEOSGeometry(projected, context: geos)
            return ZoneDistance(
                position: position,
                boundary: try geometry.boundary().distance(to: origin),
                area: try geometry.distance(to: origin)
            )
        }
        // A straight edge in longitude/latitude (as the zones mean it) bows by up to a metre from the straight line
        // between its projected ends over 10 km; the zones that can be nearest are measured again with every edge cut
        // into pieces of at most about 200 m, which follow it to a millimetre.
        var result = try zones.map { try distance($0.position, $0.zone, densify: false) }
        let nearestBoundary = result.map(\.boundary).min() ?? 0
        let nearestArea = result.map(\.area).min() ?? 0
        for (i, entry) in zones.enumerated()
        where result[i].boundary < nearestBoundary + 50 || result[i].area < nearestArea + 50 {
            result[i] = try distance(entry.position, entry.zone, densify: true)
        }
        return result
    }

    /// `ring` with every edge cut into pieces of at most 0.002 degrees.
    private static func densified(_ ring: [Coordinate]) -> [Coordinate] {
        guard var previous = ring.first else { return ring }
        var result = [previous]
        for next in ring.dropFirst() {
            let pieces = max(1, Int((max(abs(next.x - previous.x), abs(next.y - previous.y)) / 0.002).rounded(.up)))
            for k in 1...pieces {
                let t = Double(k) / Double(pieces)
                result.append(k == pieces ? next : Coordinate(x: previous.x + t * (next.x - previous.x), y: previous.y + t * (next.y - previous.y)))
            }
            previous = next
        }
        return result
    }

    private func project(_ ring: [Coordinate], _ projection: OpaquePointer) -> [Coordinate] {
        var ring = ring
        let stride = MemoryLayout<Coordinate>.stride
        let count = ring.count
        ring.withUnsafeMutableBytes { bytes in
            let x = bytes.baseAddress!.assumingMemoryBound(to: Double.self)
            let y = (bytes.baseAddress! + MemoryLayout<Double>.stride).assumingMemoryBound(to: Double.self)
            _ = proj_trans_generic(projection, PJ_FWD, x, stride, count, y, stride, count, nil, 0, 0, nil, 0, 0)
        }
        return ring
    }

    struct ReferenceError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
