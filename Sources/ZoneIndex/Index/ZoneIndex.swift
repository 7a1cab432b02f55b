import Foundation

/// An immutable snapshot of a zone set that answers "which zone is this point in?".
///
/// Safe to query from any number of threads at once. A point on a boundary belongs to the zone (covers);
/// where zones overlap the highest priority wins, ties going to the zone defined first; inactive zones never
/// match; when no boundary covers the point, or no point is given, the zone listing its ZIP code answers, with
/// the same tie-break.
public final class ZoneIndex: Sendable {
    let table: ZoneTable
    /// Active zone for each ZIP code, by the index's precedence.
    let zoneByZIP: [String: Int]
    /// The fast path: answers most points from a grid lookup, the rest with an exact point-in-polygon test.
    let cellTable: CellTable
    private let workspaces: WorkspacePool
    /// The boundary edges for `matchDetail`, built on its first call.
    let edgeGrid: LazySnapshot<EdgeGrid>
    /// The position in `zones` of each active zone, by id, built on first use.
    let activePositions: LazySnapshot<[String: Int]>
    /// How long the build took.
    public let buildDuration: Duration

    /// How finely the cell table divides the zones' box: a trade of build time against matching speed.
    public enum Detail: Sendable {
        /// About 1,024 cells a zone: about a quarter of `full`'s build time, matching about a third slower.
        /// For a process that answers once or a few million times (`curbside match`).
        case quick
        /// About 4,096 cells a zone: most points land in a cell their zone wholly covers. For a long-lived index.
        case full

        var cellsPerZone: Int {
            switch self {
            case .quick: 1024
            case .full: 4096
            }
        }
    }

    /// Builds an index over `zones`, whose boundaries must be structurally sound: closed rings of at least four
    /// finite positions. (Topological validity is the loader's concern: see `ZoneFile`.)
    public init(zones: [Zone], detail: Detail = .full) throws(ZoneIndexError) {
        let start = ContinuousClock.now
        var seen = Set<String>()
        for zone in zones {
            guard seen.insert(zone.id).inserted else { throw .duplicateZoneID(zone.id) }
            if let reason = Self.structuralProblem(in: zone.boundary) {
                throw .invalidBoundary(zoneID: zone.id, reason: reason)
            }
        }
        let table = ZoneTable(zones: zones)
        var zoneByZIP: [String: Int] = [:]
        for index in table.byRank {
            for zip in zones[index].zipCodes {
                guard let code = ZIPCode.normalize(zip) else { continue }
                if zoneByZIP[code] == nil { zoneByZIP[code] = index }
            }
        }
        self.table = table
        self.zoneByZIP = zoneByZIP
        self.cellTable = CellTable(table: table, cellsPerZone: detail.cellsPerZone)
        self.workspaces = WorkspacePool(table: table)
        self.edgeGrid = LazySnapshot { EdgeGrid(table: table) }
        self.activePositions = LazySnapshot {
            Dictionary(table.byRank.map { (table.zones[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        self.buildDuration = ContinuousClock.now - start
    }

    /// Every zone, in definition order.
    public var zones: [Zone] { table.zones }

    /// The zone for a point and/or ZIP code, and how it was found.
    ///
    /// - Throws: `ZoneQueryError` for out-of-range, non-finite or half-given coordinates and malformed ZIP codes;
    ///   `GEOSError` if GEOS fails.
    public func match(lat: Double?, lng: Double?, zip: String? = nil) throws -> ZoneMatch {
        let query = try ZonePointQuery(lat: lat, lng: lng, zip: zip)
        // A workspace is checked out only in the rare case that needs GEOS.
        let (index, method) = try zoneIndex(for: query) { position, point in
            try workspaces.withWorkspace { try $0.covers(zoneAt: position, x: point.x, y: point.y) }
        }
        return ZoneMatch(zone: index.map { table.zones[$0] }, method: method)
    }

    /// Answers many queries with one workspace, in order.
    public func match(_ queries: some Sequence<ZonePointQuery>) throws -> [ZoneMatch] {
        try workspaces.withWorkspace { workspace in
            try queries.map { try match($0, in: workspace) }
        }
    }

    /// Runs `body` with a workspace checked out of the pool, for a stretch of queries on one thread.
    func withWorkspace<R>(_ body: (ZoneIndexWorkspace) throws -> R) throws -> R {
        try workspaces.withWorkspace(body)
    }

    func match(_ query: ZonePointQuery, in workspace: ZoneIndexWorkspace) throws -> ZoneMatch {
        let (index, method) = try zoneIndex(for: query, in: workspace)
        return ZoneMatch(zone: index.map { table.zones[$0] }, method: method)
    }

    /// The position in `zones` of the zone answering `query`, and how it was found.
    func zoneIndex(for query: ZonePointQuery, in workspace: ZoneIndexWorkspace) throws -> (Int?, MatchMethod) {
        try zoneIndex(for: query) { try workspace.covers(zoneAt: $0, x: $1.x, y: $1.y) }
    }

    /// `zoneIndex(for:in:)` by GEOS alone: an STRtree and prepared `covers` for every candidate. The reference
    /// the fast path is tested against.
    func exactZoneIndex(for query: ZonePointQuery, in workspace: ZoneIndexWorkspace) throws -> (Int?, MatchMethod) {
        let covering = try query.coordinate.flatMap { try workspace.coveringZone(x: $0.x, y: $0.y) }
        return answer(covering: covering, zip: query.zip)
    }

    /// `zoneIndex(for:in:)` with `exact(position, point)` answering, by GEOS, what the cell table cannot decide.
    private func zoneIndex(
        for query: ZonePointQuery, exact: (Int, Coordinate) throws -> Bool
    ) rethrows -> (Int?, MatchMethod) {
        var covering: Int?
        if let point = query.coordinate {
            let position = try cellTable.position(x: point.x, y: point.y) { try exact($0, point) }
            if position >= 0 { covering = Int(position) }
        }
        return answer(covering: covering, zip: query.zip)
    }

    /// The answer given the covering zone's position (nil for none, or no point) and the query's ZIP code: the
    /// covering zone, else the ZIP fallback, else none.
    func answer(covering: Int?, zip: String?) -> (Int?, MatchMethod) {
        if let covering { return (covering, .polygon) }
        if let zip, let index = zoneByZIP[zip] { return (index, .zip) }
        return (nil, .none)
    }

    private static func structuralProblem(in boundary: ZoneBoundary) -> String? {
        for (p, polygon) in boundary.polygons.enumerated() {
            for (r, ring) in polygon.rings.enumerated() {
                let name = "polygon \(p) ring \(r)"
                if ring.count < 4 { return "\(name) has \(ring.count) positions; a ring needs at least 4" }
                if ring.first != ring.last { return "\(name) is not closed" }
                if !ring.allSatisfy(\.isFinite) { return "\(name) has a non-finite coordinate" }
            }
        }
        return nil
    }
}
