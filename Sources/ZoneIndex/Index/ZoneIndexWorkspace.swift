/// The GEOS objects one thread uses to query an index snapshot: its own context, STRtree and prepared
/// geometries, each built lazily on first use.
///
/// `@unchecked Sendable`: a workspace is only ever used by one thread at a time. `WorkspacePool` removes it from
/// the pool while a caller holds it and takes it back when the caller is done; nothing else reaches it.
final class ZoneIndexWorkspace: @unchecked Sendable {
    private let table: ZoneTable
    private let context = GEOSContext()
    private var storedTree: GEOSSTRtree?
    private var prepared: [GEOSPreparedGeometry?]
    private var candidates: [Int] = []

    init(table: ZoneTable) throws {
        self.table = table
        self.prepared = Array(repeating: nil, count: table.zones.count)
    }

    private func tree() throws -> GEOSSTRtree {
        if let storedTree { return storedTree }
        let tree = try GEOSSTRtree(context: context)
        // Items are ranks, so a query's candidates sort into precedence order as plain integers.
        for (rank, index) in table.byRank.enumerated() {
            if let box = table.boxes[index] { try tree.insert(rank, box: box) }
        }
        storedTree = tree
        return tree
    }

    /// Whether the boundary of the zone at `index` covers (x, y), by GEOS's prepared `covers`.
    func covers(zoneAt index: Int, x: Double, y: Double) throws -> Bool {
        let point = try GEOSGeometry.point(x: x, y: y, context: context)
        return try preparedGeometry(index).covers(point)
    }

    /// The index of the best-ranked active zone whose boundary covers (x, y), or nil, by GEOS alone.
    func coveringZone(x: Double, y: Double) throws -> Int? {
        let point = try GEOSGeometry.point(x: x, y: y, context: context)
        let tree = try tree()
        candidates.removeAll(keepingCapacity: true)
        tree.query(point) { candidates.append($0) }
        guard !candidates.isEmpty else { return nil }
        candidates.sort()
        for rank in candidates {
            let index = table.byRank[rank]
            if try preparedGeometry(index).covers(point) { return index }
        }
        return nil
    }

    private func preparedGeometry(_ index: Int) throws -> GEOSPreparedGeometry {
        if let geometry = prepared[index] { return geometry }
        let geometry = try GEOSPreparedGeometry(GEOSGeometry(table.zones[index].boundary, context: context))
        prepared[index] = geometry
        return geometry
    }
}
