/// Finds the overlaps between zones: candidate pairs from an STRtree of their boxes, then GEOS intersection.
struct CoverageOverlapFinder {
    /// The active zones, in definition order.
    let zones: [Zone]
    let context: GEOSContext
    /// Shared areas under this many square metres are not overlaps.
    let negligibleArea: Double

    /// Every overlap of at least `negligibleArea`, by the definition order of the first zone, then the second.
    func overlaps() throws -> [CoverageOverlap] {
        let boxes = zones.map(\.boundary.boundingBox)
        let geometries = try zones.map { try GEOSGeometry($0.boundary, context: context) }
        let tree = try GEOSSTRtree(context: context)
        for (k, box) in boxes.enumerated() {
            if let box { try tree.insert(k, box: box) }
        }
        var overlaps: [CoverageOverlap] = []
        var candidates: [Int] = []
        for k in zones.indices where boxes[k] != nil {
            candidates.removeAll(keepingCapacity: true)
            tree.query(geometries[k]) { if $0 > k { candidates.append($0) } }
            candidates.sort()
            for other in candidates {
                if let overlap = try overlap(k, other, geometries[k].intersection(geometries[other])) {
                    overlaps.append(overlap)
                }
            }
        }
        return overlaps
    }

    /// The overlap of zones `first` and `second` (first defined first), given their intersection; nil when it
    /// has no area worth reporting.
    private func overlap(_ first: Int, _ second: Int, _ shared: GEOSGeometry) throws -> CoverageOverlap? {
        guard let boundary = try shared.polygonalBoundary() else { return nil }
        let area = boundary.geodesicArea
        guard area >= negligibleArea, let centroid = try shared.centroid() else { return nil }
        let (a, b) = (zones[first], zones[second])
        return CoverageOverlap(
            zoneIDs: [a.id, b.id],
            areaSquareMetres: ZoneCoverage.reported(area),
            winner: b.priority > a.priority ? b.id : a.id,
            centroid: CoveragePosition(centroid)
        )
    }
}
