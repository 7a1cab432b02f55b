import CGEOS

extension GEOSGeometry {
    /// The part of this geometry outside `other`.
    package func difference(_ other: GEOSGeometry) throws -> GEOSGeometry {
        guard let result = GEOSDifference_r(context.handle, pointer, other.pointer) else {
            throw context.error("GEOSDifference")
        }
        return GEOSGeometry(owning: result, context: context)
    }

    /// The planar centroid, or nil for an empty geometry.
    package func centroid() throws -> Coordinate? {
        guard let point = GEOSGetCentroid_r(context.handle, pointer) else { throw context.error("GEOSGetCentroid") }
        defer { GEOSGeom_destroy_r(context.handle, point) }
        guard GEOSisEmpty_r(context.handle, point) == 0 else { return nil }
        var x = 0.0, y = 0.0
        guard GEOSGeomGetX_r(context.handle, point, &x) == 1, GEOSGeomGetY_r(context.handle, point, &y) == 1 else {
            throw context.error("GEOSGeomGetX/Y")
        }
        return Coordinate(x: x, y: y)
    }
}
