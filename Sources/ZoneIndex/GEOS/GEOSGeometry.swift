import CGEOS

/// A GEOS geometry with exactly one owner: this object destroys it.
package final class GEOSGeometry {
    package let context: GEOSContext
    package let pointer: OpaquePointer

    /// Takes ownership of `pointer`, which must have been created through `context`.
    package init(owning pointer: OpaquePointer, context: GEOSContext) {
        self.pointer = pointer
        self.context = context
    }

    deinit {
        GEOSGeom_destroy_r(context.handle, pointer)
    }

    /// A point at (x, y).
    package static func point(x: Double, y: Double, context: GEOSContext) throws -> GEOSGeometry {
        guard let pointer = GEOSGeom_createPointFromXY_r(context.handle, x, y) else {
            throw context.error("GEOSGeom_createPointFromXY")
        }
        return GEOSGeometry(owning: pointer, context: context)
    }

    /// An axis-aligned rectangle.
    package static func rectangle(_ box: BoundingBox, context: GEOSContext) throws -> GEOSGeometry {
        guard let pointer = GEOSGeom_createRectangle_r(context.handle, box.minX, box.minY, box.maxX, box.maxY) else {
            throw context.error("GEOSGeom_createRectangle")
        }
        return GEOSGeometry(owning: pointer, context: context)
    }

    /// The GEOS type id (`GEOS_POLYGON`, `GEOS_MULTIPOLYGON`, ...).
    package var typeID: Int32 { GEOSGeomTypeId_r(context.handle, pointer) }

    /// Whether this geometry covers `other` (boundary points included), computed without preparation.
    package func covers(_ other: GEOSGeometry) throws -> Bool {
        try predicate("GEOSCovers", GEOSCovers_r(context.handle, pointer, other.pointer))
    }

    /// Whether the geometry is valid in the OGC sense.
    package func validity() throws -> Validity {
        var reason: UnsafeMutablePointer<CChar>?
        var location: OpaquePointer?
        let result = GEOSisValidDetail_r(context.handle, pointer, 0, &reason, &location)
        defer {
            if let reason { GEOSFree_r(context.handle, reason) }
            if let location { GEOSGeom_destroy_r(context.handle, location) }
        }
        switch result {
        case 1:
            return .valid
        case 0:
            var at: Coordinate?
            if let location {
                var x = 0.0, y = 0.0
                if GEOSGeomGetX_r(context.handle, location, &x) == 1, GEOSGeomGetY_r(context.handle, location, &y) == 1 {
                    at = Coordinate(x: x, y: y)
                }
            }
            return .invalid(reason: reason.map { String(cString: $0) } ?? "invalid geometry", location: at)
        default:
            throw context.error("GEOSisValidDetail")
        }
    }

    /// A valid geometry made from this one by GEOS's MakeValid.
    package func madeValid() throws -> GEOSGeometry {
        guard let result = GEOSMakeValid_r(context.handle, pointer) else {
            throw context.error("GEOSMakeValid")
        }
        return GEOSGeometry(owning: result, context: context)
    }

    /// The part of this geometry inside `other`.
    package func intersection(_ other: GEOSGeometry) throws -> GEOSGeometry {
        guard let result = GEOSIntersection_r(context.handle, pointer, other.pointer) else {
            throw context.error("GEOSIntersection")
        }
        return GEOSGeometry(owning: result, context: context)
    }

    /// The union of this geometry's parts (overlapping or adjacent polygons merged).
    package func unaryUnion() throws -> GEOSGeometry {
        guard let result = GEOSUnaryUnion_r(context.handle, pointer) else {
            throw context.error("GEOSUnaryUnion")
        }
        return GEOSGeometry(owning: result, context: context)
    }

    private func predicate(_ operation: String, _ result: CChar) throws -> Bool {
        switch result {
        case 0: return false
        case 1: return true
        default: throw context.error(operation)
        }
    }

    /// The outcome of a validity check.
    package enum Validity: Equatable {
        case valid
        case invalid(reason: String, location: Coordinate?)
    }
}
