import Foundation
import Geodesy

/// Address points (rooftop coordinates) from an OpenAddresses-style CSV, indexed by normalized address.
///
/// Columns are found by header name: `LON,LAT,NUMBER,STREET` are required; `UNIT,CITY,DISTRICT,REGION,POSTCODE`
/// are optional, and other columns are ignored.
public struct AddressPoints: Sendable {
    /// One point.
    public struct Point: Sendable, Equatable {
        public var number: String
        public var street: String
        public var city: String?
        public var state: String?
        public var zip: String?
        public var latitude: Double
        public var longitude: Double

        /// The point's address in canonical form.
        public var formattedAddress: String {
            let last = [city, [state, zip].compactMap { $0 }.joined(separator: " ")].compactMap { $0 }.filter { !$0.isEmpty }
            return ([number + " " + street] + last).joined(separator: ", ")
        }
    }

    /// Rows read and rows skipped (bad coordinates, no number or street) while loading.
    public private(set) var loaded = 0, skipped = 0
    private var exact: [String: Int] = [:]
    private var streets: [String: [Int]] = [:]
    private var points: [Point] = []
    private var grid = PointGrid(cellDegrees: 0.01)

    /// Loads the file at `url`.
    public init(contentsOf url: URL) throws {
        try self.init(reader: CSVReader(contentsOf: url))
    }

    /// Loads CSV `data`.
    public init(data: Data) throws {
        try self.init(reader: CSVReader(data: data))
    }

    private init(reader: CSVReader) throws {
        var iterator = reader.makeIterator()
        guard let header = iterator.next()?.fields.map({ $0.uppercased() }) else { throw AddressPointsError.missingHeader }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        guard let lonColumn = column("LON"), let latColumn = column("LAT"), let numberColumn = column("NUMBER"),
              let streetColumn = column("STREET") else {
            throw AddressPointsError.missingColumns(header)
        }
        let cityColumn = column("CITY"), regionColumn = column("REGION"), postcodeColumn = column("POSTCODE")
        while let (fields, _) = iterator.next() {
            func field(_ index: Int?) -> String? {
                guard let index, index < fields.count, !fields[index].isEmpty else { return nil }
                return fields[index]
            }
            guard let lon = field(lonColumn).flatMap(Double.init), let lat = field(latColumn).flatMap(Double.init),
                  (-180...180).contains(lon), (-90...90).contains(lat),
                  let numberText = field(numberColumn), let streetText = field(streetColumn) else {
                skipped += 1
                continue
            }
            var parsed = ParsedAddress()
            AddressNormalizer.parseDeliveryLine(AddressToken.tokenize(numberText + " " + streetText), into: &parsed)
            guard let number = parsed.number, let street = parsed.street else {
                skipped += 1
                continue
            }
            let state = field(regionColumn).flatMap { USPSTables.states[AddressToken.tokenize($0).map(\.text).joined(separator: " ")] }
            let zip = field(postcodeColumn).map { String($0.prefix(5)) }.flatMap { $0.count == 5 && $0.allSatisfy(\.isASCIIDigit) ? $0 : nil }
            let point = Point(
                number: number, street: street, city: field(cityColumn).map(AddressNormalizer.normalizeCity), state: state, zip: zip,
                latitude: lat, longitude: lon
            )
            add(point)
            loaded += 1
        }
    }

    private mutating func add(_ point: Point) {
        let index = points.count
        points.append(point)
        grid.insert(Int32(index), at: GeoPoint(latitude: point.latitude, longitude: point.longitude))
        for locality in Self.localities(zip: point.zip, city: point.city, state: point.state) {
            exact[point.number + "|" + point.street + "|" + locality] = index
            streets[point.street + "|" + locality, default: []].append(index)
        }
    }

    private static func localities(zip: String?, city: String?, state: String?) -> [String] {
        var keys: [String] = []
        if let zip { keys.append(zip) }
        if let city, let state { keys.append(city + "|" + state) }
        return keys
    }

    /// The point with exactly this number and street in the address's ZIP or city.
    public func rooftop(for address: ParsedAddress) -> Point? {
        guard let number = address.number, let street = address.street else { return nil }
        for locality in Self.localities(zip: address.zip, city: address.city, state: address.state) {
            if let index = exact[number + "|" + street + "|" + locality] { return points[index] }
        }
        return nil
    }

    /// The point nearest `position` within `limit` metres, with its distance.
    public func nearest(to position: GeoPoint, within limit: Double) -> (point: Point, distance: Double)? {
        grid.nearest(to: position, limit: limit) { index in
            let point = points[Int(index)]
            return Geodesic.wgs84.distance(position, GeoPoint(latitude: point.latitude, longitude: point.longitude))
        }.map { (points[Int($0.item)], $0.distance) }
    }

    /// A point on the address's street between the nearest numbers on the same side, or the nearest one.
    public func interpolated(for address: ParsedAddress) -> (latitude: Double, longitude: Double)? {
        guard let numberText = address.number, let street = address.street,
              let number = Int(numberText.prefix { $0.isASCIIDigit }) else { return nil }
        for locality in Self.localities(zip: address.zip, city: address.city, state: address.state) {
            guard let candidates = streets[street + "|" + locality] else { continue }
            let numbered = candidates.compactMap { index -> (Int, Point)? in
                Int(points[index].number.prefix { $0.isASCIIDigit }).map { ($0, points[index]) }
            }
            let sameSide = numbered.filter { $0.0 % 2 == number % 2 }
            let pool = sameSide.isEmpty ? numbered : sameSide
            let below = pool.filter { $0.0 <= number }.max { $0.0 < $1.0 }
            let above = pool.filter { $0.0 >= number }.min { $0.0 < $1.0 }
            switch (below, above) {
            case let ((low, lowPoint)?, (high, highPoint)?):
                let t = high == low ? 0 : Double(number - low) / Double(high - low)
                return (lowPoint.latitude + t * (highPoint.latitude - lowPoint.latitude),
                        lowPoint.longitude + t * (highPoint.longitude - lowPoint.longitude))
            case let ((_, point)?, nil), let (nil, (_, point)?):
                return (point.latitude, point.longitude)
            case (nil, nil):
                continue
            }
        }
        return nil
    }
}

/// Why an address-points file cannot be used.
public enum AddressPointsError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingHeader
    case missingColumns([String])

    public var description: String {
        switch self {
        case .missingHeader: "the address-points file is empty"
        case .missingColumns(let header):
            "the address-points file needs LON, LAT, NUMBER and STREET columns (found \(header.joined(separator: ",")))"
        }
    }
}
