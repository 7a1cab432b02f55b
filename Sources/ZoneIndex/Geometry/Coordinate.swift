/// A planar position: longitude and latitude in degrees for WGS84 data (x = longitude, y = latitude).
public struct Coordinate: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// The position at `longitude`, `latitude`.
    public init(longitude: Double, latitude: Double) {
        self.init(x: longitude, y: latitude)
    }

    /// Whether both ordinates are finite numbers.
    public var isFinite: Bool { x.isFinite && y.isFinite }
}

/// An axis-aligned box.
public struct BoundingBox: Hashable, Sendable {
    public var minX: Double
    public var minY: Double
    public var maxX: Double
    public var maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    /// The smallest box holding every coordinate, or nil for none.
    public init?<S: Sequence>(covering coordinates: S) where S.Element == Coordinate {
        var iterator = coordinates.makeIterator()
        guard let first = iterator.next() else { return nil }
        var box = BoundingBox(minX: first.x, minY: first.y, maxX: first.x, maxY: first.y)
        while let c = iterator.next() {
            box.minX = min(box.minX, c.x)
            box.minY = min(box.minY, c.y)
            box.maxX = max(box.maxX, c.x)
            box.maxY = max(box.maxY, c.y)
        }
        self = box
    }

    /// Whether the point lies in the box, edges included.
    public func contains(x: Double, y: Double) -> Bool {
        x >= minX && x <= maxX && y >= minY && y <= maxY
    }

    /// Whether `other` lies wholly inside this box, edges included.
    public func contains(_ other: BoundingBox) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }

    /// The smallest box holding both.
    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(
            minX: min(minX, other.minX), minY: min(minY, other.minY),
            maxX: max(maxX, other.maxX), maxY: max(maxY, other.maxY)
        )
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
}
