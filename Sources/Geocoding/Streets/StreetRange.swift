import Geodesy
/// Which house numbers an address range holds.
public enum HouseNumberParity: String, Sendable, Codable, CaseIterable {
    case odd = "O", even = "E", both = "B"

    /// Whether `number` belongs to a range of this parity.
    public func admits(_ number: Int) -> Bool {
        switch self {
        case .odd: number % 2 != 0
        case .even: number % 2 == 0
        case .both: true
        }
    }
}

/// The side of an edge, looking along the direction its points are listed in.
public enum StreetSide: String, Sendable, Codable {
    case left = "L", right = "R"
}

/// A street centre line between two intersections, as a list of points.
public struct StreetEdge: Sendable, Equatable {
    /// TIGER's permanent edge id (`TLID`).
    public var id: Int64
    /// The points, in the direction the edge is coded.
    public var points: [GeoPoint]

    public init(id: Int64, points: [GeoPoint]) {
        self.id = id
        self.points = points
    }
}

/// The house numbers on one side of one edge for one street name: `from` at the edge's first point and `to` at its
/// last (either may be the larger).
public struct StreetRange: Sendable, Equatable {
    /// The edge (`StreetEdge.id`) the range lies along.
    public var edgeID: Int64
    public var side: StreetSide
    /// The street in normalized form (`ParsedAddress.street`), e.g. `N LAMAR BLVD`.
    public var street: String
    /// The street's directionals and suffix, parsed, for matching addresses that leave some of them out.
    public var preDirectional: String?
    public var streetName: String
    public var suffix: String?
    public var postDirectional: String?
    public var from: Int
    public var to: Int
    public var parity: HouseNumberParity
    /// The five-digit ZIP code of that side, when TIGER gives one.
    public var zip: String?

    public init(
        edgeID: Int64, side: StreetSide, street: ParsedAddress, from: Int, to: Int, parity: HouseNumberParity, zip: String?
    ) {
        self.edgeID = edgeID
        self.side = side
        self.street = street.street ?? street.streetName ?? ""
        self.preDirectional = street.preDirectional
        self.streetName = street.streetName ?? ""
        self.suffix = street.suffix
        self.postDirectional = street.postDirectional
        self.from = from
        self.to = to
        self.parity = parity
        self.zip = zip
    }

    /// The lowest and highest number of the range.
    public var bounds: ClosedRange<Int> { min(from, to)...max(from, to) }

    /// Whether `number` is in the range and of its parity.
    public func holds(_ number: Int) -> Bool { bounds.contains(number) && parity.admits(number) }

    /// Where along the edge `number` lies, from 0 (the first point) to 1 (the last).
    public func fraction(of number: Int) -> Double {
        from == to ? 0.5 : min(1, max(0, Double(number - from) / Double(to - from)))
    }

    /// The number at `fraction` along the edge, of the range's parity.
    public func number(at fraction: Double) -> Int {
        let exact = Double(from) + fraction * Double(to - from)
        var number = Int(exact.rounded())
        if !parity.admits(number) {
            number += (exact >= Double(number) ? 1 : -1)
        }
        return min(bounds.upperBound, max(bounds.lowerBound, number))
    }
}
