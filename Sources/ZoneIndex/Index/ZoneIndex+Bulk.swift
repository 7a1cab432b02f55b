import Dispatch
import Synchronization

extension ZoneIndex {
    /// For each point, the position in `zones` of the zone whose boundary covers it, or -1 when none does.
    ///
    /// Boundaries only (no ZIP fallback), with the same precedence as `match`. Coordinates are x = longitude,
    /// y = latitude and must be finite. `threads` above 1 splits the points into that many contiguous slices.
    public func coveringZonePositions(_ points: [Coordinate], threads: Int = 1) throws -> [Int32] {
        var result = [Int32](repeating: -1, count: points.count)
        let slices = max(1, min(threads, points.count / 4096))
        try points.withUnsafeBufferPointer { input in
            try result.withUnsafeMutableBufferPointer { output in
                if slices == 1 {
                    try coveringZonePositions(input, into: output)
                    return
                }
                let per = (input.count + slices - 1) / slices
                let failure = Mutex<(any Error)?>(nil)
                // Each slice reads and writes only its own range, and both buffers outlive concurrentPerform.
                nonisolated(unsafe) let input = input
                nonisolated(unsafe) let output = output
                DispatchQueue.concurrentPerform(iterations: slices) { slice in
                    let range = (slice * per)..<min(input.count, (slice + 1) * per)
                    do {
                        try coveringZonePositions(
                            UnsafeBufferPointer(rebasing: input[range]),
                            into: UnsafeMutableBufferPointer(rebasing: output[range])
                        )
                    } catch {
                        failure.withLock { $0 = error }
                    }
                }
                if let error = failure.withLock({ $0 }) { throw error }
            }
        }
        return result
    }

    /// Writes the covering zone's position (or -1) for each of `points` into the same place of `output`, which
    /// must be at least as long.
    public func coveringZonePositions(
        _ points: UnsafeBufferPointer<Coordinate>,
        into output: UnsafeMutableBufferPointer<Int32>
    ) throws {
        precondition(output.count >= points.count, "output is shorter than points")
        try withWorkspace { try coveringZonePositions(points, into: output, in: $0) }
    }

    /// `coveringZonePositions(_:into:)` with the caller's workspace. A point with a NaN ordinate gets -1.
    func coveringZonePositions(
        _ points: UnsafeBufferPointer<Coordinate>,
        into output: UnsafeMutableBufferPointer<Int32>,
        in workspace: ZoneIndexWorkspace
    ) throws {
        let table = cellTable
        // The cells of a block of points are found and prefetched before any is read, so their cache
        // misses overlap instead of queueing one behind another.
        let block = 64
        try withUnsafeTemporaryAllocation(of: Int.self, capacity: block) { cells in
            var start = 0
            while start < points.count {
                let end = min(points.count, start + block)
                for i in start..<end {
                    let cell = table.grid.cell(x: points[i].x, y: points[i].y) ?? -1
                    if cell >= 0 { table.prefetch(cell: cell) }
                    cells[i - start] = cell
                }
                // Then the values, prefetching the candidate lists of boundary cells.
                for k in 0..<(end - start) {
                    let value = table.value(ofCell: cells[k])
                    table.prefetchList(of: value)
                    cells[k] = Int(value)
                }
                for i in start..<end {
                    let p = points[i]
                    output[i] = try table.resolve(UInt32(truncatingIfNeeded: cells[i - start]), x: p.x, y: p.y) {
                        try workspace.covers(zoneAt: $0, x: p.x, y: p.y)
                    }
                }
                start = end
            }
        }
    }
}
