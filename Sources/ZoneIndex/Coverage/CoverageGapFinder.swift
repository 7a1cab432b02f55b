/// Finds the gaps of a zone set: the holes of the union of its zones, less the zones inside them.
struct CoverageGapFinder {
    /// The active zones.
    let zones: [Zone]
    let context: GEOSContext
    /// Gaps under this many square metres are not reported.
    let negligibleArea: Double

    /// Every gap of at least `negligibleArea`, largest first.
    func gaps() throws -> [CoverageGap] {
        let polygons = zones.flatMap(\.boundary.polygons)
        guard !polygons.isEmpty else { return [] }
        // A multipolygon whose parts overlap is invalid, but unary union takes its parts one by one.
        let union = try GEOSGeometry(.multiPolygon(polygons), context: context).unaryUnion()
        guard let parts = try union.polygonalBoundary()?.polygons else { return [] }
        let boxes = parts.map(\.boundingBox)
        var gaps: [CoverageGap] = []
        for (p, part) in parts.enumerated() {
            for hole in part.holes {
                guard let holeBox = BoundingBox(covering: hole) else { continue }
                // Parts of the union lying in the hole are islands: whatever lies within them is no gap of this hole.
                let islands = parts.indices.filter { $0 != p && boxes[$0].map { holeBox.contains($0) } == true }
                if let gap = try gap(hole, islands: islands.map { Polygon(exterior: parts[$0].exterior) }) {
                    gaps.append(gap)
                }
            }
        }
        return gaps.sorted { $0.areaSquareMetres > $1.areaSquareMetres }
    }

    /// The gap a hole ring encloses, less the area of `islands`; nil when it has no area worth reporting.
    private func gap(_ hole: [Coordinate], islands: [Polygon]) throws -> CoverageGap? {
        var region = try GEOSGeometry(.polygon(Polygon(exterior: hole)), context: context)
        if !islands.isEmpty {
            let filled = try GEOSGeometry(.multiPolygon(islands), context: context).unaryUnion()
            region = try region.difference(filled)
        }
        guard let boundary = try region.polygonalBoundary() else { return nil }
        let area = boundary.geodesicArea
        guard area >= negligibleArea, let centroid = try region.centroid() else { return nil }
        return CoverageGap(areaSquareMetres: ZoneCoverage.reported(area), centroid: CoveragePosition(centroid))
    }
}
