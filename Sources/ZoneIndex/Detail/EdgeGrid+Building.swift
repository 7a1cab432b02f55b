extension EdgeGrid {
    /// The most cells an edge grid has: 4 Mi.
    static let maximumCells = 1 << 22

    /// Builds the grid over the ring edges of the active zones of `table`, about two edges a cell.
    convenience init(table: ZoneTable) {
        var edges: [RingEdge] = []
        var positions: [Int32] = []
        var box: BoundingBox?
        for index in table.byRank {
            guard let zoneBox = table.boxes[index] else { continue }
            box = box?.union(zoneBox) ?? zoneBox
            for polygon in table.zones[index].boundary.polygons {
                for ring in polygon.rings where ring.count > 1 {
                    for i in 1..<ring.count {
                        edges.append(RingEdge(x1: ring[i - 1].x, y1: ring[i - 1].y, x2: ring[i].x, y2: ring[i].y))
                        positions.append(Int32(index))
                    }
                }
            }
        }
        let grid = CellGrid(
            box: box ?? BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0),
            cells: max(1, min(Self.maximumCells, edges.count / 2))
        )
        var starts = [UInt32](repeating: 0, count: grid.count + 1)
        for edge in edges { Self.forEachCell(of: edge, in: grid) { starts[$0 + 1] += 1 } }
        for i in 1..<starts.count { starts[i] += starts[i - 1] }
        var entries = [UInt32](repeating: 0, count: Int(starts[grid.count]))
        var next = starts
        for (e, edge) in edges.enumerated() {
            Self.forEachCell(of: edge, in: grid) { cell in
                entries[Int(next[cell])] = UInt32(e)
                next[cell] += 1
            }
        }
        let emptyRings = Self.emptyRings(grid: grid, starts: starts)
        self.init(grid: grid, starts: starts, entries: entries, edges: edges, positions: positions, emptyRings: emptyRings)
    }

    /// Calls `body` with every cell within a millionth of a cell of `edge`, each once.
    private static func forEachCell(of edge: RingEdge, in grid: CellGrid, _ body: (Int) -> Void) {
        let slack = 1e-6
        let au = grid.u(edge.x1), av = grid.v(edge.y1), bu = grid.u(edge.x2), bv = grid.v(edge.y2)
        for row in grid.row(min(av, bv) - slack)...grid.row(max(av, bv) + slack) {
            var low = min(au, bu)
            var high = max(au, bu)
            if av != bv {
                // The part of the edge within the row, widened by the slack.
                let t0 = min(1, max(0, (Double(row) - slack - av) / (bv - av)))
                let t1 = min(1, max(0, (Double(row + 1) + slack - av) / (bv - av)))
                let u0 = au + (bu - au) * t0
                let u1 = au + (bu - au) * t1
                low = min(u0, u1)
                high = max(u0, u1)
            }
            for column in grid.column(low - slack)...grid.column(high + slack) {
                body(row * grid.columns + column)
            }
        }
    }

    /// For each cell, the chessboard distance in cells to the nearest cell holding an edge (the number of rings
    /// around it that are empty), by a two-pass distance transform.
    private static func emptyRings(grid: CellGrid, starts: [UInt32]) -> [UInt32] {
        let columns = grid.columns, rows = grid.rows
        let far = UInt32(max(columns, rows))
        var rings = [UInt32](repeating: far, count: grid.count)
        for cell in 0..<grid.count where starts[cell] < starts[cell + 1] { rings[cell] = 0 }
        for row in 0..<rows {
            for column in 0..<columns {
                var d = rings[row * columns + column]
                if column > 0 { d = min(d, rings[row * columns + column - 1] + 1) }
                if row > 0 {
                    let above = (row - 1) * columns + column
                    d = min(d, rings[above] + 1)
                    if column > 0 { d = min(d, rings[above - 1] + 1) }
                    if column < columns - 1 { d = min(d, rings[above + 1] + 1) }
                }
                rings[row * columns + column] = d
            }
        }
        for row in stride(from: rows - 1, through: 0, by: -1) {
            for column in stride(from: columns - 1, through: 0, by: -1) {
                var d = rings[row * columns + column]
                if column < columns - 1 { d = min(d, rings[row * columns + column + 1] + 1) }
                if row < rows - 1 {
                    let below = (row + 1) * columns + column
                    d = min(d, rings[below] + 1)
                    if column > 0 { d = min(d, rings[below - 1] + 1) }
                    if column < columns - 1 { d = min(d, rings[below + 1] + 1) }
                }
                rings[row * columns + column] = d
            }
        }
        // Rings 0 ..< d are empty; with no edge at all nothing is searched (the grid answers nil first).
        return rings
    }
}
