import CGDAL
import ZoneIndex

extension OGRGeometryView {
    /// The geometry as the zone rules see it: a boundary for polygons, multipolygons, their curved forms and
    /// collections of polygons; the type name of anything else. Z and M are dropped.
    var zoneGeometry: ZoneFeatureFields.Geometry {
        if let linear = linearized() { return linear.view.zoneGeometry }
        let flat = OGR_GT_Flatten(type)
        switch flat {
        case wkbPolygon:
            return .boundary(.polygon(polygon))
        case wkbMultiPolygon:
            return .boundary(.multiPolygon(parts.map(\.polygon)))
        case wkbGeometryCollection:
            var polygons: [Polygon] = []
            for member in parts {
                switch member.zoneGeometry {
                case .boundary(let boundary): polygons += boundary.polygons
                case .missing: continue
                case .unsupported(let memberType): return .unsupported(type: "GeometryCollection holding a \(memberType)")
                }
            }
            return .boundary(.multiPolygon(polygons))
        default:
            return .unsupported(type: Self.typeName(flat))
        }
    }

    /// A polygon's rings as a `Polygon`: the exterior first, then the holes.
    private var polygon: Polygon {
        let rings = parts.map(\.positions)
        return Polygon(exterior: rings.first ?? [], holes: Array(rings.dropFirst()))
    }
}
