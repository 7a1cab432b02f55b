import CGEOS

extension GEOSGeometry {
    /// The planar distance to `other`, in the geometries' units: 0 when they meet.
    package func distance(to other: GEOSGeometry) throws -> Double {
        var distance = 0.0
        guard GEOSDistance_r(context.handle, pointer, other.pointer, &distance) == 1 else {
            throw context.error("GEOSDistance")
        }
        return distance
    }

    /// The boundary: every ring of a polygonal geometry, as lines.
    package func boundary() throws -> GEOSGeometry {
        guard let result = GEOSBoundary_r(context.handle, pointer) else {
            throw context.error("GEOSBoundary")
        }
        return GEOSGeometry(owning: result, context: context)
    }
}
