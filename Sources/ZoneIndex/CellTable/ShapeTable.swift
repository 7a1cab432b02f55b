/// The rings of a list of zone boundaries, their edges bucketed into horizontal bands, for exact point location
/// without GEOS.
///
/// `locate` is GEOS's ray-crossing test (`RayCrossingCounter`, as `IndexedPointInAreaLocator` runs it for a
/// prepared polygon) over the edges of one band, which holds every edge whose y-range meets the band: the only
/// edges that can touch a horizontal ray. It answers as GEOS's prepared `covers` does, or `undecided`.
struct ShapeTable: Sendable {
    struct Shape: Sendable {
        var box: BoundingBox
        var bandMinY: Double
        /// Bands per unit of y.
        var bandScale: Double
        var bandCount: Int
        /// Where this shape's band offsets start in `bandStarts`.
        var firstBand: Int
    }

    private(set) var shapes: [Shape] = []
    /// For shape s, band b: its edges are `edges[bandStarts[firstBand + b] ..< bandStarts[firstBand + b + 1]]`.
    private(set) var bandStarts: [UInt32] = []
    private(set) var edges: [RingEdge] = []

    /// Slack, in bands, by which an edge's y-range is widened when bucketing, so rounding in a query's band
    /// never misses an edge.
    private static let slack = 1e-6

    init(boundaries: [ZoneBoundary]) {
        shapes.reserveCapacity(boundaries.count)
        var ringEdges: [RingEdge] = []
        var counts: [Int] = []
        for boundary in boundaries {
            ringEdges.removeAll(keepingCapacity: true)
            for polygon in boundary.polygons {
                for ring in polygon.rings where ring.count > 1 {
                    for i in 1..<ring.count {
                        ringEdges.append(RingEdge(x1: ring[i - 1].x, y1: ring[i - 1].y, x2: ring[i].x, y2: ring[i].y))
                    }
                }
            }
            append(ringEdges, box: boundary.boundingBox, counts: &counts)
        }
    }

    private mutating func append(_ ringEdges: [RingEdge], box: BoundingBox?, counts: inout [Int]) {
        let box = box ?? BoundingBox(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)
        let height = box.height
        // About four edges a band; a degenerate height gets one band.
        let bandCount = height > 0 && height.isFinite ? max(1, min(1 << 16, ringEdges.count / 4)) : 1
        let scale = bandCount > 1 ? Double(bandCount) / height : 0
        let shape = Shape(box: box, bandMinY: box.minY, bandScale: scale, bandCount: bandCount, firstBand: bandStarts.count)
        shapes.append(shape)

        func bands(of edge: RingEdge) -> ClosedRange<Int> {
            guard bandCount > 1 else { return 0...0 }
            let low = (min(edge.y1, edge.y2) - box.minY) * scale - Self.slack
            let high = (max(edge.y1, edge.y2) - box.minY) * scale + Self.slack
            let first = max(0, min(bandCount - 1, Int(low.rounded(.down))))
            let last = max(0, min(bandCount - 1, Int(high.rounded(.down))))
            return first...last
        }
        counts.removeAll(keepingCapacity: true)
        counts.append(contentsOf: repeatElement(0, count: bandCount))
        for edge in ringEdges {
            for band in bands(of: edge) { counts[band] += 1 }
        }
        var start = edges.count
        var cursor = counts
        for band in 0..<bandCount {
            bandStarts.append(UInt32(start))
            cursor[band] = start
            start += counts[band]
        }
        bandStarts.append(UInt32(start))
        edges.append(contentsOf: repeatElement(RingEdge(x1: 0, y1: 0, x2: 0, y2: 0), count: start - edges.count))
        for edge in ringEdges {
            for band in bands(of: edge) {
                edges[cursor[band]] = edge
                cursor[band] += 1
            }
        }
    }

    /// Where (x, y) lies relative to shape `slot`'s area: boundary includes every ring's edges and vertices.
    @inline(__always)
    func locate(_ slot: Int, x: Double, y: Double) -> PointLocation {
        let shape = shapes[slot]
        guard shape.box.contains(x: x, y: y) else { return .exterior }
        let band = max(0, min(shape.bandCount - 1, Int((y - shape.bandMinY) * shape.bandScale)))
        let lower = Int(bandStarts[shape.firstBand + band])
        let upper = Int(bandStarts[shape.firstBand + band + 1])
        return edges.withUnsafeBufferPointer { edges in
            var crossings = 0
            for k in lower..<upper {
                let e = edges[k]
                // GEOS RayCrossingCounter::countSegment, step by step.
                if e.x1 < x && e.x2 < x { continue }
                if x == e.x2 && y == e.y2 { return .boundary }
                if e.y1 == y && e.y2 == y {
                    if x >= min(e.x1, e.x2) && x <= max(e.x1, e.x2) { return .boundary }
                    continue
                }
                if (e.y1 > y && e.y2 <= y) || (e.y2 > y && e.y1 <= y) {
                    var orientation = orientationIndex(e.x1, e.y1, e.x2, e.y2, x, y)
                    if orientation == 2 { return .undecided }
                    if orientation == 0 { return .boundary }
                    if e.y2 < e.y1 { orientation = -orientation }
                    if orientation == 1 { crossings += 1 }
                }
            }
            return crossings & 1 == 1 ? .interior : .exterior
        }
    }
}
