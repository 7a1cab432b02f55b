import Foundation
import Geocoding
import Geodesy

/// A county-sized street grid in TIGER/Line ADDRFEAT form: `rows` east–west numbered streets and `columns`
/// north–south named ones, 100 m blocks, 100 house numbers a block (even on the right), a ZIP per 40 × 40 blocks.
struct SyntheticCounty {
    let rows: Int
    let columns: Int
    static let origin = (latitude: 30.20, longitude: -97.85)
    /// Degrees per 100 m block (north, east) at 30° N.
    static let block = (latitude: 0.000_902, longitude: 0.001_042)
    static let zips = ["78701", "78702", "78703", "78704", "78705", "78712", "78717", "78719", "78721", "78722", "78723",
                       "78724", "78725", "78726", "78727", "78728", "78729", "78730", "78731", "78732", "78733", "78734"]
    static let names = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Walnut", "Willow", "Birch", "Pecan", "Magnolia", "Juniper",
                        "Cypress", "Sycamore", "Hickory", "Laurel", "Aspen", "Chestnut", "Mesquite", "Redbud", "Hackberry"]
    static let suffixes = ["Ave", "Dr", "Ln", "Blvd", "Way", "Ct", "Pl", "Trl", "Rd", "Pkwy"]

    /// About `edges` edges in a grid as square as it gets.
    init(edges: Int) {
        let side = Int((Double(edges) / 2).squareRoot().rounded())
        rows = side
        columns = side
    }

    var edgeCount: Int { rows * (columns - 1) + columns * (rows - 1) }

    func point(row: Int, column: Int) -> GeoPoint {
        GeoPoint(latitude: Self.origin.latitude + Double(row) * Self.block.latitude,
                 longitude: Self.origin.longitude + Double(column) * Self.block.longitude)
    }

    func zip(row: Int, column: Int) -> String {
        Self.zips[((row / 40) * 7 + column / 40) % Self.zips.count]
    }

    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    func eastWestName(_ row: Int) -> String { "W \(Self.ordinal(row + 1)) St" }

    func northSouthName(_ column: Int) -> String {
        "\(Self.names[column % Self.names.count]) \(column / Self.names.count + 1) \(Self.suffixes[column % Self.suffixes.count])"
    }

    /// Every edge as ADDRFEAT fields and points.
    func records() -> [TigerAddressFeature] {
        var records: [TigerAddressFeature] = []
        records.reserveCapacity(edgeCount)
        var tlid = 100_000_000
        func add(_ name: String, from: GeoPoint, to: GeoPoint, base: Int, zip: String) {
            tlid += 1
            let fields = [
                "TLID": String(tlid), "FULLNAME": name, "LFROMHN": String(base + 1), "LTOHN": String(base + 99),
                "RFROMHN": String(base), "RTOHN": String(base + 98), "ZIPL": zip, "ZIPR": zip, "PARITYL": "O", "PARITYR": "E",
            ]
            records.append(TigerAddressFeature(fields: fields, points: [from, to]))
        }
        for row in 0..<rows {
            for column in 0..<(columns - 1) {
                add(eastWestName(row), from: point(row: row, column: column), to: point(row: row, column: column + 1),
                    base: 100 * (column + 1), zip: zip(row: row, column: column))
            }
        }
        for column in 0..<columns {
            for row in 0..<(rows - 1) {
                add(northSouthName(column), from: point(row: row, column: column), to: point(row: row + 1, column: column),
                    base: 100 * (row + 1), zip: zip(row: row, column: column))
            }
        }
        return records
    }

    /// `count` addresses on the grid's streets, each in its block's ZIP.
    func addresses(_ count: Int) -> [String] {
        var generator = SplitMix64(seed: 20)
        return (0..<count).map { _ in
            let row = Int(generator.next() % UInt64(rows - 1)), column = Int(generator.next() % UInt64(columns - 1))
            let offset = Int(generator.next() % 99)
            if generator.next() % 2 == 0 {
                return "\(100 * (column + 1) + offset) \(eastWestName(row)), Austin, TX \(zip(row: row, column: column))"
            }
            return "\(100 * (row + 1) + offset) \(northSouthName(column)), Austin, TX \(zip(row: row, column: column))"
        }
    }
}

/// A small, fast, seeded generator.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
