import Dispatch
import Foundation
import Synchronization

extension CellTable {
    /// The most cells a table has: 16 Mi (64 MiB).
    static let maximumCells = 1 << 24

    /// Builds the table over the active zones of `table`, slots in precedence order, with about `cellsPerZone`
    /// cells a zone.
    init(table: ZoneTable, cellsPerZone: Int = 4096) {
        let slots = table.byRank.filter { table.boxes[$0] != nil }
        let boundaries = slots.map { table.zones[$0].boundary }
        let shapes = ShapeTable(boundaries: boundaries)
        let positions = slots.map { Int32($0) }
        let box = slots.compactMap { table.boxes[$0] }.reduce(nil) { $0?.union($1) ?? $1 }
            ?? BoundingBox(minX: 0, minY: 0, maxX: 0, maxY: 0)
        let vertices = boundaries.reduce(0) { $0 + $1.vertexCount }
        // Enough cells a zone, and one a vertex for every 256 cells a zone, that most points land in cells their zone
        // wholly covers.
        let target = min(Self.maximumCells, max(1 << 12, cellsPerZone * slots.count, cellsPerZone / 256 * vertices))
        let grid = CellGrid(box: box, cells: slots.isEmpty ? 1 : target)

        // Every (cell, entry) pair, zone by zone in precedence order: each thread classifies a contiguous run of
        // slots, and the runs are read back in order.
        let runs = Self.classify(boundaries, shapes: shapes, grid: grid)
        let pairCount = runs.reduce(0) { $0 + $1.count }

        // Grouped by cell with a stable counting sort, so each cell's entries stay in precedence order.
        var starts = [UInt32](repeating: 0, count: grid.count + 1)
        var grouped = [UInt32](repeating: 0, count: pairCount)
        starts.withUnsafeMutableBufferPointer { starts in
            for run in runs { for pair in run { starts[Int(pair >> 32) + 1] &+= 1 } }
            for i in 1..<starts.count { starts[i] &+= starts[i - 1] }
            grouped.withUnsafeMutableBufferPointer { grouped in
                // Each cell's next free place, kept in its count slot while scattering, then restored.
                for run in runs {
                    for pair in run {
                        let cell = Int(pair >> 32)
                        grouped[Int(starts[cell])] = UInt32(truncatingIfNeeded: pair)
                        starts[cell] &+= 1
                    }
                }
            }
            // Every start moved on to its cell's end, which is the next cell's start.
            var i = starts.count - 1
            while i > 0 { starts[i] = starts[i - 1]; i -= 1 }
            starts[0] = 0
        }

        let storage = CellStorage(count: grid.count)
        let cells = storage.cells
        var lists: [UInt32] = []
        starts.withUnsafeBufferPointer { starts in
            grouped.withUnsafeBufferPointer { grouped in
                for cell in 0..<grid.count {
                    let first = Int(starts[cell])
                    let end = Int(starts[cell + 1])
                    guard first < end else { continue }
                    if grouped[first] & 1 == 1 {
                        cells[cell] = UInt32(positions[Int(grouped[first] >> 1)]) + 1
                        continue
                    }
                    // Zones after the first one wholly covering the cell can never answer.
                    var last = first
                    while last < end {
                        last += 1
                        if grouped[last - 1] & 1 == 1 { break }
                    }
                    cells[cell] = Self.listFlag | UInt32(lists.count)
                    lists.append(UInt32(last - first))
                    for k in first..<last { lists.append(grouped[k]) }
                }
            }
        }
        self.init(grid: grid, storage: storage, lists: lists, shapes: shapes, positions: positions)
    }

    /// The (cell, entry) pairs of every slot, as runs of consecutive slots classified on separate threads.
    private static func classify(_ boundaries: [ZoneBoundary], shapes: ShapeTable, grid: CellGrid) -> [[UInt64]] {
        let threads = max(1, min(ProcessInfo.processInfo.activeProcessorCount, boundaries.count / 256))
        let per = (boundaries.count + threads - 1) / max(1, threads)
        let runs = Mutex<[[UInt64]]>(Array(repeating: [], count: threads))
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            var pairs: [UInt64] = []
            var classifier = CellClassifier(grid: grid)
            for slot in (thread * per)..<min(boundaries.count, (thread + 1) * per) {
                classifier.classify(boundaries[slot], slot: slot, shapes: shapes, into: &pairs)
            }
            runs.withLock { $0[thread] = pairs }
        }
        return runs.withLock { $0 }
    }
}
