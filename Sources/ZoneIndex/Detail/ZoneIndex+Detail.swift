import Dispatch
import Geodesy
import Synchronization

extension ZoneIndex {
    /// The match for a point and/or ZIP code, with the point's distance to the nearest boundary of any active
    /// zone and, for a `.zip` or `.none` answer, the nearest active zone.
    ///
    /// The match is `match(lat:lng:zip:)`'s. Distances are geodesic metres on WGS84 (PROJ's `geod_inverse`) from the
    /// point to the nearest point of a boundary edge; see docs/matching.md for the method and its accuracy.
    ///
    /// - Throws: as `match(lat:lng:zip:)`.
    public func matchDetail(lat: Double?, lng: Double?, zip: String? = nil) throws -> ZoneMatchDetail {
        let match = try match(lat: lat, lng: lng, zip: zip)
        // `match` has validated the coordinates: both given, finite and in range, or neither.
        let point = lat.flatMap { lat in lng.map { Coordinate(longitude: $0, latitude: lat) } }
        return detail(of: match, at: point, edges: edgeGrid.value)
    }

    /// `matchDetail` for many queries, in order, split over `threads` threads for large inputs.
    public func matchDetails(_ queries: [ZonePointQuery], threads: Int = 1) throws -> [ZoneMatchDetail] {
        let edges = edgeGrid.value
        let slices = max(1, min(threads, queries.count / 1024))
        if slices == 1 {
            return try withWorkspace { workspace in
                try queries.map { try detail(of: match($0, in: workspace), at: $0.coordinate, edges: edges) }
            }
        }
        let per = (queries.count + slices - 1) / slices
        let results = Mutex<[Result<[ZoneMatchDetail], any Error>?]>(Array(repeating: nil, count: slices))
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let range = (slice * per)..<min(queries.count, (slice + 1) * per)
            let result = Result {
                try withWorkspace { workspace in
                    try queries[range].map { try detail(of: match($0, in: workspace), at: $0.coordinate, edges: edges) }
                }
            }
            results.withLock { $0[slice] = result }
        }
        return try results.withLock { $0 }.flatMap { try $0!.get() }
    }

    /// Whether the active zone `zoneID` covers the point (GEOS-exact answer, boundary counts); nil when the index
    /// has no active zone with that id.
    ///
    /// - Throws: `ZoneQueryError` for an invalid point; `GEOSError` if GEOS fails.
    public func covers(zoneID: String, lat: Double, lng: Double) throws -> Bool? {
        _ = try ZonePointQuery(lat: lat, lng: lng)
        guard let position = activePositions.value[zoneID] else { return nil }
        // A zone without polygons covers nothing.
        guard table.boxes[position] != nil else { return false }
        return try withWorkspace { try $0.covers(zoneAt: position, x: lng, y: lat) }
    }

    /// The metres from `point` to the nearest boundary of any active zone, and the position in `zones` of that
    /// boundary's zone; nil when no active zone has a boundary.
    func nearestBoundary(to point: Coordinate, edges: EdgeGrid) -> (distance: Double, position: Int)? {
        guard let nearest = edges.nearest(x: point.x, y: point.y) else { return nil }
        let metres = Geodesic.wgs84.distance(
            GeoPoint(latitude: point.y, longitude: point.x), GeoPoint(latitude: nearest.y, longitude: nearest.x)
        )
        return (metres, Int(edges.positions[nearest.edge]))
    }

    /// `match` with the distances of `point` (nil for a query without one).
    func detail(of match: ZoneMatch, at point: Coordinate?, edges: EdgeGrid) -> ZoneMatchDetail {
        var detail = ZoneMatchDetail(match: match)
        guard let point, let nearest = nearestBoundary(to: point, edges: edges) else { return detail }
        detail.boundaryDistance = nearest.distance
        // Outside every active zone, the nearest boundary is the nearest zone's.
        if match.method != .polygon {
            detail.nearestZone = table.zones[nearest.position]
            detail.nearestDistance = nearest.distance
        }
        return detail
    }
}
