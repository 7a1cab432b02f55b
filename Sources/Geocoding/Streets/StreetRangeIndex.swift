import Geodesy
/// An address found on a street: the interpolated point, the range it was found in and how well the address matched.
public struct StreetMatch: Sendable, Equatable {
    public var point: GeoPoint
    public var range: StreetRange
    /// The house number placed (the address's, or the nearest end of a range when it fell between two).
    public var number: Int
    /// 0…1: 0.9 for the street, directionals, suffix and ZIP all as given; less for each part that had to be
    /// guessed, a fuzzy street name, a neighbouring ZIP or a number between ranges.
    public var confidence: Double
}

/// Address ranges (TIGER/Line) held in memory for street-level geocoding: an immutable snapshot (shared, never
/// changed), looked up by street
/// and ZIP, and by position for reverse geocoding.
public final class StreetRangeIndex: Sendable {
    let edges: [MeasuredEdge]
    let ranges: [StreetRange]
    /// `ranges` index → `edges` index.
    let edgeOfRange: [Int32]
    /// `ranges` index → its numbers, kept apart from the range's strings so scanning candidates copies no string.
    let spans: [RangeSpan]

    /// The numbers of a range.
    struct RangeSpan: Sendable {
        var from: Int
        var to: Int
        var parity: HouseNumberParity

        func holds(_ number: Int) -> Bool {
            (min(from, to)...max(from, to)).contains(number) && parity.admits(number)
        }
    }
    /// The ranges of one ZIP.
    struct ZIPStreets: Sendable {
        /// Street (`N LAMAR BLVD`) → ranges.
        var byStreet: [String: [Int32]] = [:]
        /// Street name (`LAMAR`) → ranges, for addresses whose directionals or suffix differ.
        var byName: [String: [Int32]] = [:]
    }

    /// ZIP (empty for none) → its ranges.
    let byZIP: [String: ZIPStreets]
    /// Street name → ranges in every ZIP, for addresses without a ZIP or in a neighbouring one.
    let byName: [String: [Int32]]
    /// `edges` indexes by the cells their boxes touch.
    let grid: PointGrid
    /// `edges` index → the ranges along it.
    let rangesOfEdge: [[Int32]]

    /// How far from the centre line a street-level point is placed, on its side of the street.
    public static let sideOffset = 5.0

    /// The empty index.
    public static let empty = StreetRangeIndex(edges: [], ranges: [])

    /// Indexes `ranges` along `edges`; ranges whose edge is missing are left out.
    public init(edges: [StreetEdge], ranges: [StreetRange]) {
        var edgeIndex: [Int64: Int32] = [:]
        var measured: [MeasuredEdge] = []
        measured.reserveCapacity(edges.count)
        var grid = PointGrid(cellDegrees: 0.01)
        for edge in edges where edge.points.count >= 2 && edgeIndex[edge.id] == nil {
            let index = Int32(measured.count)
            edgeIndex[edge.id] = index
            let edge = MeasuredEdge(edge)
            let box = edge.box
            grid.insert(index, southWest: box.southWest, northEast: box.northEast)
            measured.append(edge)
        }
        var kept: [StreetRange] = [], edgeOfRange: [Int32] = [], spans: [RangeSpan] = []
        var byZIP: [String: ZIPStreets] = [:], byName: [String: [Int32]] = [:]
        var rangesOfEdge = [[Int32]](repeating: [], count: measured.count)
        for range in ranges {
            guard let edge = edgeIndex[range.edgeID] else { continue }
            let index = Int32(kept.count)
            kept.append(range)
            edgeOfRange.append(edge)
            spans.append(RangeSpan(from: range.from, to: range.to, parity: range.parity))
            rangesOfEdge[Int(edge)].append(index)
            byZIP[range.zip ?? "", default: ZIPStreets()].byStreet[range.street, default: []].append(index)
            byZIP[range.zip ?? "", default: ZIPStreets()].byName[range.streetName, default: []].append(index)
            byName[range.streetName, default: []].append(index)
        }
        self.edges = measured
        self.ranges = kept
        self.edgeOfRange = edgeOfRange
        self.spans = spans
        self.byZIP = byZIP
        self.byName = byName
        self.grid = grid
        self.rangesOfEdge = rangesOfEdge
    }

    /// The number of edges and of ranges held.
    public var counts: (edges: Int, ranges: Int) { (edges.count, ranges.count) }

    /// The point of `range`'s house `number`, on its side of the street.
    func point(of range: Int32, number: Int) -> GeoPoint {
        let street = ranges[Int(range)]
        return edges[Int(edgeOfRange[Int(range)])].point(at: street.fraction(of: number), side: street.side, offset: Self.sideOffset)
    }
}
