/// Sorts the grid cells under one zone's bounding box into those its boundary crosses, those wholly inside it,
/// and those wholly outside.
///
/// A cell counts as crossed when any ring edge passes within `slack` cells of it, so rounding in a query's cell
/// never lands a point on the wrong side of an edge. The remaining cells of a row come in runs no edge touches;
/// each run lies wholly inside or wholly outside, and the centre of its first cell says which.
struct CellClassifier {
    enum Mark: UInt8 {
        case unknown, inside, crossed, outside
    }

    let grid: CellGrid
    private var marks: [Mark] = []
    /// Widening, in cells, of every edge's footprint.
    static let slack = 1e-6

    init(grid: CellGrid) {
        self.grid = grid
    }

    /// Appends `cell << 32 | slot << 1 | inside` to `pairs` for every cell under shape `slot` of `shapes` (built
    /// from `boundary`) that the zone crosses (`inside` 0) or wholly covers (`inside` 1), row by row.
    mutating func classify(_ boundary: ZoneBoundary, slot: Int, shapes: ShapeTable, into pairs: inout [UInt64]) {
        guard let box = boundary.boundingBox else { return }
        let slack = Self.slack
        let firstColumn = grid.column(grid.u(box.minX) - slack)
        let lastColumn = grid.column(grid.u(box.maxX) + slack)
        let firstRow = grid.row(grid.v(box.minY) - slack)
        let lastRow = grid.row(grid.v(box.maxY) + slack)
        let width = lastColumn - firstColumn + 1
        let height = lastRow - firstRow + 1
        marks.removeAll(keepingCapacity: true)
        marks.append(contentsOf: repeatElement(.unknown, count: width * height))

        for polygon in boundary.polygons {
            for ring in polygon.rings where ring.count > 1 {
                for i in 1..<ring.count {
                    markEdge(from: ring[i - 1], to: ring[i], columns: firstColumn...lastColumn, rows: firstRow...lastRow)
                }
            }
        }
        for row in 0..<height {
            var column = 0
            while column < width {
                let rowStart = row * width
                guard marks[rowStart + column] == .unknown else { column += 1; continue }
                var end = column + 1
                while end < width && marks[rowStart + end] == .unknown { end += 1 }
                let center = grid.center(column: firstColumn + column, row: firstRow + row)
                let mark: Mark = switch shapes.locate(slot, x: center.x, y: center.y) {
                case .interior: .inside
                case .exterior: .outside
                // Cannot happen for a cell no edge touches; treating the run as crossed is always safe.
                case .boundary, .undecided: .crossed
                }
                for k in column..<end { marks[rowStart + k] = mark }
                column = end
            }
        }
        let entry = UInt64(slot) << 1
        for row in 0..<height {
            let gridRow = (firstRow + row) * grid.columns + firstColumn
            for column in 0..<width {
                switch marks[row * width + column] {
                case .inside: pairs.append(UInt64(gridRow + column) << 32 | entry | 1)
                case .crossed: pairs.append(UInt64(gridRow + column) << 32 | entry)
                case .unknown, .outside: break
                }
            }
        }
    }

    /// Marks as crossed every cell within `slack` of the segment a → b.
    private mutating func markEdge(from a: Coordinate, to b: Coordinate, columns: ClosedRange<Int>, rows: ClosedRange<Int>) {
        let slack = Self.slack
        let au = grid.u(a.x), av = grid.v(a.y), bu = grid.u(b.x), bv = grid.v(b.y)
        let width = columns.count
        let lowRow = max(rows.lowerBound, grid.row(min(av, bv) - slack))
        let highRow = min(rows.upperBound, grid.row(max(av, bv) + slack))
        guard lowRow <= highRow else { return }
        for row in lowRow...highRow {
            var low: Double
            var high: Double
            if av == bv {
                low = min(au, bu)
                high = max(au, bu)
            } else {
                // The part of the segment within the row, widened by the slack.
                let t0 = min(1, max(0, (Double(row) - slack - av) / (bv - av)))
                let t1 = min(1, max(0, (Double(row + 1) + slack - av) / (bv - av)))
                let u0 = au + (bu - au) * t0
                let u1 = au + (bu - au) * t1
                low = min(u0, u1)
                high = max(u0, u1)
            }
            let lowColumn = max(columns.lowerBound, grid.column(low - slack))
            let highColumn = min(columns.upperBound, grid.column(high + slack))
            guard lowColumn <= highColumn else { continue }
            let rowStart = (row - rows.lowerBound) * width - columns.lowerBound
            for column in lowColumn...highColumn { marks[rowStart + column] = .crossed }
        }
    }
}
