/// The ring edges of every active zone bucketed into a grid, with each cell's distance to the nearest cell that
/// holds an edge: answers "which boundary point is nearest this point?" by searching rings of cells outward
/// from the point's cell, skipping at once the rings a cell far from every boundary knows to be empty.
///
/// Nearness is measured in degrees with longitude differences scaled by `LocalMetric` at the point's latitude.
/// Immutable once built, so one grid serves every thread.
final class EdgeGrid: Sendable {
    let grid: CellGrid
    /// Cell `c`'s edges are `entries[starts[c] ..< starts[c + 1]]`.
    let starts: [UInt32]
    let entries: [UInt32]
    /// Every ring edge of every active zone, zones in precedence order.
    let edges: [RingEdge]
    /// The position in `zones` of each edge's zone.
    let positions: [Int32]
    /// Per cell: how many rings of cells around it (the cell itself being ring 0) hold no edge.
    let emptyRings: [UInt32]

    /// The boundary point nearest a query point, and the edge it lies on.
    struct Nearest {
        var edge: Int
        var x: Double
        var y: Double
    }

    init(grid: CellGrid, starts: [UInt32], entries: [UInt32], edges: [RingEdge], positions: [Int32], emptyRings: [UInt32]) {
        self.grid = grid
        self.starts = starts
        self.entries = entries
        self.edges = edges
        self.positions = positions
        self.emptyRings = emptyRings
    }

    /// The point of any edge nearest (x, y), or nil when there are no edges. Of equally near edges, the first
    /// (the best-ranked zone's) wins.
    func nearest(x px: Double, y py: Double) -> Nearest? {
        guard !edges.isEmpty else { return nil }
        let k = LocalMetric(latitude: py).xScale
        let column = grid.column(grid.u(px))
        let row = grid.row(grid.v(py))
        var best = Double.infinity
        var bestEdge = -1
        var bestT = 0.0
        starts.withUnsafeBufferPointer { starts in
            entries.withUnsafeBufferPointer { entries in
                edges.withUnsafeBufferPointer { edges in
                    func visit(_ cell: Int) {
                        for slot in Int(starts[cell])..<Int(starts[cell + 1]) {
                            let e = Int(entries[slot])
                            let edge = edges[e]
                            let dx = (edge.x2 - edge.x1) * k, dy = edge.y2 - edge.y1
                            let wx = (px - edge.x1) * k, wy = py - edge.y1
                            let length = dx * dx + dy * dy
                            let t = length > 0 ? min(1, max(0, (wx * dx + wy * dy) / length)) : 0
                            let ex = wx - t * dx, ey = wy - t * dy
                            let d = ex * ex + ey * ey
                            if d < best || (d == best && e < bestEdge) {
                                best = d
                                bestEdge = e
                                bestT = t
                            }
                        }
                    }
                    var ring = Int(emptyRings[row * grid.columns + column])
                    while true {
                        let low = max(0, row - ring), high = min(grid.rows - 1, row + ring)
                        let left = max(0, column - ring), right = min(grid.columns - 1, column + ring)
                        if low <= high && left <= right {
                            for r in low...high {
                                let base = r * grid.columns
                                if r == row - ring || r == row + ring {
                                    for c in left...right { visit(base + c) }
                                } else {
                                    if column - ring >= 0 { visit(base + column - ring) }
                                    if ring > 0 && column + ring < grid.columns { visit(base + column + ring) }
                                }
                            }
                        }
                        if best <= unsearchedDistance(px, py, k: k, left: left, right: right, low: low, high: high) { break }
                        ring += 1
                    }
                }
            }
        }
        let edge = edges[bestEdge]
        return Nearest(edge: bestEdge, x: edge.x1 + bestT * (edge.x2 - edge.x1), y: edge.y1 + bestT * (edge.y2 - edge.y1))
    }

    /// The squared scaled distance from (px, py) to the cells outside columns `left...right`, rows `low...high`:
    /// a lower bound for every edge not yet searched; infinity once those cells are the whole grid.
    private func unsearchedDistance(
        _ px: Double, _ py: Double, k: Double, left: Int, right: Int, low: Int, high: Int
    ) -> Double {
        func box(_ x0: Double, _ x1: Double, _ y0: Double, _ y1: Double) -> Double {
            let dx = max(x0 - px, 0, px - x1) * k
            let dy = max(y0 - py, 0, py - y1)
            return dx * dx + dy * dy
        }
        let g = grid
        let x0 = g.minX + Double(max(0, left)) / g.scaleX
        let x1 = g.minX + Double(min(g.columns, right + 1)) / g.scaleX
        var bound = Double.infinity
        if left > 0 { bound = min(bound, box(g.minX, x0, g.minY, g.maxY)) }
        if right < g.columns - 1 { bound = min(bound, box(x1, g.maxX, g.minY, g.maxY)) }
        if low > 0 { bound = min(bound, box(x0, x1, g.minY, g.minY + Double(low) / g.scaleY)) }
        if high < g.rows - 1 { bound = min(bound, box(x0, x1, g.minY + Double(high + 1) / g.scaleY, g.maxY)) }
        return bound
    }
}
