import CGEOS

/// A prepared geometry for repeated predicate tests against one base geometry.
///
/// GEOS builds a prepared geometry's indexes lazily on first use, so it is not safe to share between
/// threads (libgeos/geos#825): each one belongs to the thread that uses its context.
package final class GEOSPreparedGeometry {
    /// The geometry this one was prepared from; GEOS keeps a reference to it, so it must outlive us.
    package let base: GEOSGeometry
    private let pointer: OpaquePointer

    package init(_ base: GEOSGeometry) throws {
        guard let pointer = GEOSPrepare_r(base.context.handle, base.pointer) else {
            throw base.context.error("GEOSPrepare")
        }
        self.base = base
        self.pointer = pointer
    }

    deinit {
        GEOSPreparedGeom_destroy_r(base.context.handle, pointer)
    }

    /// Whether the base geometry covers `other`: interior or boundary.
    package func covers(_ other: GEOSGeometry) throws -> Bool {
        switch GEOSPreparedCovers_r(base.context.handle, pointer, other.pointer) {
        case 0: return false
        case 1: return true
        default: throw base.context.error("GEOSPreparedCovers")
        }
    }
}
