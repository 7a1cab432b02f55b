import CGDAL
import ZoneIndex

/// A geometry created for Curbside (a curve approximated by lines), with exactly one owner: this object destroys it.
final class OGRGeometry {
    let handle: UnsafeMutableRawPointer

    /// Takes ownership of a geometry GDAL created for the caller.
    init(owning handle: UnsafeMutableRawPointer) {
        self.handle = handle
    }

    deinit {
        OGR_G_DestroyGeometry(handle)
    }

    /// A borrowed view of this geometry.
    var view: OGRGeometryView { OGRGeometryView(handle: handle, owner: self) }
}

/// A geometry owned by something else (a feature, an enclosing geometry, an `OGRGeometry`), kept alive by `owner`.
struct OGRGeometryView {
    let handle: UnsafeMutableRawPointer
    let owner: AnyObject

    /// The geometry's type, with any Z or M flag.
    var type: OGRwkbGeometryType { OGR_G_GetGeometryType(handle) }

    /// The geometries inside a polygon (its rings) or a collection (its members).
    var parts: [OGRGeometryView] {
        (0..<OGR_G_GetGeometryCount(handle)).compactMap { index in
            OGR_G_GetGeometryRef(handle, index).map { OGRGeometryView(handle: $0, owner: owner) }
        }
    }

    /// The positions of a line or ring, Z and M dropped.
    var positions: [Coordinate] {
        let count = Int(OGR_G_GetPointCount(handle))
        guard count > 0 else { return [] }
        let stride = Int32(MemoryLayout<Coordinate>.stride)
        return [Coordinate](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = UnsafeMutableRawPointer(buffer.baseAddress!)
            initialized = Int(OGR_G_GetPoints(handle, base, stride, base + MemoryLayout<Double>.stride, stride, nil, 0))
        }
    }

    /// The same geometry with its curves approximated by line segments, or nil when it has none.
    func linearized() -> OGRGeometry? {
        guard OGR_G_HasCurveGeometry(handle, 1) != 0 else { return nil }
        return OGR_G_GetLinearGeometry(handle, 0, nil).map(OGRGeometry.init(owning:))
    }

    /// Whether a flattened type is a polygon or a collection of polygons (curved ones included).
    static func isPolygonal(_ flat: OGRwkbGeometryType) -> Bool {
        [wkbPolygon, wkbMultiPolygon, wkbCurvePolygon, wkbMultiSurface].contains(flat)
    }

    /// The name of a geometry type as GeoJSON writes it where there is one ("LineString"), else GDAL's.
    static func typeName(_ type: OGRwkbGeometryType) -> String {
        let flat = OGR_GT_Flatten(type)
        let names: [(OGRwkbGeometryType, String)] = [
            (wkbPoint, "Point"), (wkbLineString, "LineString"), (wkbPolygon, "Polygon"), (wkbMultiPoint, "MultiPoint"),
            (wkbMultiLineString, "MultiLineString"), (wkbMultiPolygon, "MultiPolygon"),
            (wkbGeometryCollection, "GeometryCollection"), (wkbNone, "no geometry"), (wkbUnknown, "any geometry"),
        ]
        return names.first { $0.0 == flat }?.1 ?? String(cString: OGRGeometryTypeToName(flat))
    }
}
