import CGEOS

extension GEOSGeometry {
    /// The GEOS form of a zone boundary.
    package convenience init(_ boundary: ZoneBoundary, context: GEOSContext) throws {
        let pointer: OpaquePointer
        switch boundary {
        case .polygon(let polygon):
            pointer = try Self.makePolygon(polygon, context: context)
        case .multiPolygon(let polygons):
            var parts: [OpaquePointer?] = []
            parts.reserveCapacity(polygons.count)
            do {
                for polygon in polygons {
                    parts.append(try Self.makePolygon(polygon, context: context))
                }
            } catch {
                for part in parts { GEOSGeom_destroy_r(context.handle, part) }
                throw error
            }
            // The collection takes ownership of its parts, on success as on failure of this call.
            guard let collection = parts.withUnsafeMutableBufferPointer({
                GEOSGeom_createCollection_r(context.handle, Int32(GEOS_MULTIPOLYGON.rawValue), $0.baseAddress, UInt32($0.count))
            }) else {
                throw context.error("GEOSGeom_createCollection")
            }
            pointer = collection
        }
        self.init(owning: pointer, context: context)
    }

    /// A polygon the caller owns.
    private static func makePolygon(_ polygon: Polygon, context: GEOSContext) throws -> OpaquePointer {
        let shell = try makeRing(polygon.exterior, context: context)
        var holes: [OpaquePointer?] = []
        holes.reserveCapacity(polygon.holes.count)
        do {
            for hole in polygon.holes {
                holes.append(try makeRing(hole, context: context))
            }
        } catch {
            GEOSGeom_destroy_r(context.handle, shell)
            for hole in holes { GEOSGeom_destroy_r(context.handle, hole) }
            throw error
        }
        // GEOS validates the ring types before taking ownership; ours are always linear rings.
        guard let result = holes.withUnsafeMutableBufferPointer({
            GEOSGeom_createPolygon_r(context.handle, shell, $0.baseAddress, UInt32($0.count))
        }) else {
            GEOSGeom_destroy_r(context.handle, shell)
            for hole in holes { GEOSGeom_destroy_r(context.handle, hole) }
            throw context.error("GEOSGeom_createPolygon")
        }
        return result
    }

    /// A linear ring the caller owns. GEOS owns the coordinate sequence from the moment it is passed in.
    private static func makeRing(_ ring: [Coordinate], context: GEOSContext) throws -> OpaquePointer {
        let sequence = ring.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: Double.self) { doubles in
                GEOSCoordSeq_copyFromBuffer_r(context.handle, doubles.baseAddress, UInt32(ring.count), 0, 0)
            }
        }
        guard let sequence else { throw context.error("GEOSCoordSeq_copyFromBuffer") }
        guard let linearRing = GEOSGeom_createLinearRing_r(context.handle, sequence) else {
            throw context.error("GEOSGeom_createLinearRing")
        }
        return linearRing
    }

    /// The polygonal parts of this geometry as a zone boundary, or nil when it has none.
    ///
    /// Lines and points (which MakeValid may produce from collapsed rings) are dropped.
    package func polygonalBoundary() throws -> ZoneBoundary? {
        var polygons: [Polygon] = []
        try collectPolygons(pointer, into: &polygons)
        switch polygons.count {
        case 0: return nil
        case 1 where typeID == Int32(GEOS_POLYGON.rawValue): return .polygon(polygons[0])
        default: return .multiPolygon(polygons)
        }
    }

    /// Appends every polygon of `geometry`; the child pointers GEOS hands out belong to their parent.
    private func collectPolygons(_ geometry: OpaquePointer, into polygons: inout [Polygon]) throws {
        let handle = context.handle
        switch Int(GEOSGeomTypeId_r(handle, geometry)) {
        case Int(GEOS_POLYGON.rawValue):
            guard GEOSisEmpty_r(handle, geometry) == 0 else { return }
            guard let shell = GEOSGetExteriorRing_r(handle, geometry) else { throw context.error("GEOSGetExteriorRing") }
            var polygon = Polygon(exterior: try coordinates(of: shell))
            let holeCount = GEOSGetNumInteriorRings_r(handle, geometry)
            guard holeCount >= 0 else { throw context.error("GEOSGetNumInteriorRings") }
            for i in 0..<holeCount {
                guard let hole = GEOSGetInteriorRingN_r(handle, geometry, i) else { throw context.error("GEOSGetInteriorRingN") }
                polygon.holes.append(try coordinates(of: hole))
            }
            polygons.append(polygon)
        case Int(GEOS_MULTIPOLYGON.rawValue), Int(GEOS_GEOMETRYCOLLECTION.rawValue):
            let count = GEOSGetNumGeometries_r(handle, geometry)
            guard count >= 0 else { throw context.error("GEOSGetNumGeometries") }
            for i in 0..<count {
                guard let child = GEOSGetGeometryN_r(handle, geometry, i) else { throw context.error("GEOSGetGeometryN") }
                try collectPolygons(child, into: &polygons)
            }
        default:
            return
        }
    }

    private func coordinates(of ring: OpaquePointer) throws -> [Coordinate] {
        let handle = context.handle
        guard let sequence = GEOSGeom_getCoordSeq_r(handle, ring) else { throw context.error("GEOSGeom_getCoordSeq") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(handle, sequence, &size) == 1 else { throw context.error("GEOSCoordSeq_getSize") }
        var result = [Coordinate](repeating: Coordinate(x: 0, y: 0), count: Int(size))
        let ok = result.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: Double.self) { doubles in
                GEOSCoordSeq_copyToBuffer_r(handle, sequence, doubles.baseAddress, 0, 0)
            }
        }
        guard ok == 1 else { throw context.error("GEOSCoordSeq_copyToBuffer") }
        return result
    }
}
