import Geodesy

extension Polygon {
    /// The area in square metres on the WGS84 ellipsoid of a longitude/latitude polygon whose vertices are
    /// joined by geodesics: the exterior's area less its holes', whatever the rings' orientation.
    public var geodesicArea: Double {
        Geodesic.wgs84.area(ofRings: rings) { GeoPoint(latitude: $0.y, longitude: $0.x) }
    }
}

extension ZoneBoundary {
    /// The area in square metres on the WGS84 ellipsoid: the sum of its polygons' (see `Polygon.geodesicArea`).
    public var geodesicArea: Double {
        polygons.reduce(0) { $0 + $1.geodesicArea }
    }
}
