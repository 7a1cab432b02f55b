import CGEOS
import ZoneIndex

/// GEOS's Voronoi diagram of a set of sites, clipped to a box, as closed rings with shared vertices made
/// bit-identical.
enum VoronoiCells {
    static func compute(sites: [Coordinate], bounds: BoundingBox, context: GEOSContext) throws -> [[Coordinate]] {
        let handle = context.handle
        var points: [OpaquePointer?] = []
        points.reserveCapacity(sites.count)
        for site in sites {
            guard let point = GEOSGeom_createPointFromXY_r(handle, site.x, site.y) else {
                points.forEach { GEOSGeom_destroy_r(handle, $0) }
                throw context.error("GEOSGeom_createPointFromXY")
            }
            points.append(point)
        }
        // The collection owns the points from here on.
        guard let multiPoint = points.withUnsafeMutableBufferPointer({
            GEOSGeom_createCollection_r(handle, Int32(GEOS_MULTIPOINT.rawValue), $0.baseAddress, UInt32($0.count))
        }) else { throw context.error("GEOSGeom_createCollection") }
        let sitesGeometry = GEOSGeometry(owning: multiPoint, context: context)
        let envelope = try GEOSGeometry.rectangle(bounds, context: context)
        guard let diagram = GEOSVoronoiDiagram_r(handle, sitesGeometry.pointer, envelope.pointer, 0, 0) else {
            throw context.error("GEOSVoronoiDiagram")
        }
        let cells = try GEOSGeometry(owning: diagram, context: context).polygonalBoundary()?.polygons ?? []
        // Clip to the box: GEOS may extend the diagram beyond it.
        let clipped = try cells.compactMap { cell -> [Coordinate]? in
            let geometry = try GEOSGeometry(.polygon(cell), context: context)
            guard let result = GEOSIntersection_r(handle, geometry.pointer, envelope.pointer) else {
                throw context.error("GEOSIntersection")
            }
            return try GEOSGeometry(owning: result, context: context).polygonalBoundary()?.polygons.first?.exterior
        }
        // Neighbours computed the same vertex separately may differ in the last bits: snap to a fine grid.
        let quantum = max(bounds.width, bounds.height) * 1e-10
        return clipped.map { ring in
            var snapped: [Coordinate] = []
            for c in ring {
                let s = Coordinate(x: (c.x / quantum).rounded() * quantum, y: (c.y / quantum).rounded() * quantum)
                if snapped.last != s { snapped.append(s) }
            }
            return snapped
        }
    }
}
