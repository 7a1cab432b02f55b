/// Finds where a zone set's active zones overlap and the gaps their union encloses, with geodesic areas.
///
/// Overlay is done by GEOS on the longitude/latitude boundaries; every area is the geodesic area on the WGS84
/// ellipsoid of the resulting polygons, from PROJ's `geod_polygonarea` (see `Polygon.geodesicArea`).
public struct ZoneCoverage: Sendable {
    /// Overlaps and gaps under this many square metres are slivers, reported apart.
    public var sliverThreshold: Double
    /// Overlaps and gaps under this many square metres are left out: the rounding noise of edges meant to be
    /// shared, not areas.
    public var negligibleArea: Double

    /// A coverage check with slivers under `sliverThreshold` m² (1,000 by default) and nothing reported under
    /// `negligibleArea` m² (0.01, a 10 cm square, by default).
    public init(sliverThreshold: Double = 1_000, negligibleArea: Double = 0.01) {
        self.sliverThreshold = sliverThreshold
        self.negligibleArea = negligibleArea
    }

    /// The coverage report of `zones`; only the active ones count. `properties` and `zonesWithoutProperties`
    /// are carried into the report as given.
    ///
    /// - Throws: `GEOSError` when GEOS cannot overlay the boundaries (an invalid boundary, typically).
    public func report(
        for zones: [Zone],
        properties: CoveragePropertyTally? = nil,
        zonesWithoutProperties: [String]? = nil
    ) throws -> CoverageReport {
        let active = zones.filter(\.isActive)
        let context = GEOSContext()
        let overlaps = try CoverageOverlapFinder(zones: active, context: context, negligibleArea: negligibleArea).overlaps()
        let gaps = try CoverageGapFinder(zones: active, context: context, negligibleArea: negligibleArea).gaps()
        let isSliver: (Double) -> Bool = { $0 < sliverThreshold }
        return CoverageReport(
            zones: active.count,
            overlaps: overlaps.filter { !isSliver($0.areaSquareMetres) },
            gaps: gaps.filter { !isSliver($0.areaSquareMetres) },
            slivers: overlaps.filter { isSliver($0.areaSquareMetres) }.map(CoverageSliver.init)
                + gaps.filter { isSliver($0.areaSquareMetres) }.map(CoverageSliver.init),
            properties: properties,
            zonesWithoutProperties: zonesWithoutProperties
        )
    }

    /// An area in square metres as reported: to the nearest 0.01 m².
    static func reported(_ area: Double) -> Double {
        (area * 100).rounded() / 100
    }
}
