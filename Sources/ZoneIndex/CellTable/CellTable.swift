import CPrefetch

/// A grid over every active zone whose cells each know which zones can cover a point in them: none; one zone
/// that certainly does (the cell lies inside it and inside no better-ranked zone's boundary cell); or a short
/// list, in precedence order, of zones whose boundary crosses the cell, ended by at most one zone the cell lies
/// inside. Only the listed boundary zones need a point-in-polygon test, and that test runs on `ShapeTable`.
struct CellTable: Sendable {
    let grid: CellGrid
    /// Per cell: 0 for no zone; `position + 1` for the zone that certainly covers the cell; or
    /// `listFlag | offset` of the cell's candidate list in `lists`.
    let storage: CellStorage
    /// Candidate lists: a count, then that many entries `slot << 1 | inside`.
    let lists: [UInt32]
    let shapes: ShapeTable
    /// The position in `zones` of each slot's zone; slots are in precedence order.
    let positions: [Int32]

    static let listFlag: UInt32 = 1 << 31

    /// Statistics of the table, for tuning and benchmarks.
    struct Statistics: Sendable, Equatable {
        var cells: Int
        var emptyCells: Int
        var certainCells: Int
        var listCells: Int
        var listEntries: Int
    }

    /// The position of the best-ranked zone covering (x, y), or -1 when none does. `exact(position)` is asked
    /// (GEOS's answer) only where double precision cannot decide.
    @inline(__always)
    func position(x: Double, y: Double, exact: (Int) throws -> Bool) rethrows -> Int32 {
        guard let cell = grid.cell(x: x, y: y) else { return -1 }
        return try resolve(storage.cells[cell], x: x, y: y, exact: exact)
    }

    /// The value of `cell` (from `grid.cell`), or 0 for none.
    @inline(__always)
    func value(ofCell cell: Int) -> UInt32 {
        cell < 0 ? 0 : storage.cells[cell]
    }

    /// Starts loading `cell`'s value into the cache.
    @inline(__always)
    func prefetch(cell: Int) {
        curbside_prefetch(storage.cells.baseAddress! + cell)
    }

    /// Starts loading the candidate list a cell value refers to, if it refers to one.
    @inline(__always)
    func prefetchList(of value: UInt32) {
        guard value & Self.listFlag != 0 else { return }
        lists.withUnsafeBufferPointer { curbside_prefetch($0.baseAddress! + Int(value & ~Self.listFlag)) }
    }

    /// `position`, given the point's cell value.
    @inline(__always)
    func resolve(_ value: UInt32, x: Double, y: Double, exact: (Int) throws -> Bool) rethrows -> Int32 {
        if value & Self.listFlag == 0 { return Int32(bitPattern: value) &- 1 }
        return try resolve(list: Int(value & ~Self.listFlag), x: x, y: y, exact: exact)
    }

    private func resolve(list: Int, x: Double, y: Double, exact: (Int) throws -> Bool) rethrows -> Int32 {
        let count = Int(lists[list])
        for k in (list + 1)..<(list + 1 + count) {
            let entry = lists[k]
            let slot = Int(entry >> 1)
            if entry & 1 == 1 { return positions[slot] }
            switch shapes.locate(slot, x: x, y: y) {
            case .interior, .boundary: return positions[slot]
            case .exterior: continue
            case .undecided: if try exact(Int(positions[slot])) { return positions[slot] }
            }
        }
        return -1
    }

    var statistics: Statistics {
        var stats = Statistics(cells: storage.cells.count, emptyCells: 0, certainCells: 0, listCells: 0, listEntries: 0)
        for value in storage.cells {
            if value == 0 { stats.emptyCells += 1 } else if value & Self.listFlag == 0 { stats.certainCells += 1 } else { stats.listCells += 1 }
        }
        stats.listEntries = lists.count - stats.listCells
        return stats
    }
}
