import Geodesy
/// One record of a TIGER/Line Address Range-Feature file (`tl_YYYY_SSCCC_addrfeat`): an edge with the address
/// ranges of its left and right sides for one street name.
///
/// Fields as the TIGER/Line technical documentation lists them: `TLID` (edge id), `FULLNAME` (the street name),
/// `LFROMHN`/`LTOHN`/`RFROMHN`/`RTOHN` (house numbers, text), `ZIPL`/`ZIPR`, `PARITYL`/`PARITYR` (`O` odd, `E` even,
/// `B` both).
public struct TigerAddressFeature: Sendable {
    /// Field names (upper case) to their text values.
    public var fields: [String: String]
    /// The edge's points, in coding order.
    public var points: [GeoPoint]

    public init(fields: [String: String], points: [GeoPoint]) {
        self.fields = fields
        self.points = points
    }

    /// The fields an ADDRFEAT layer must have.
    public static let requiredFields = ["TLID", "FULLNAME", "LFROMHN", "LTOHN", "RFROMHN", "RTOHN"]

    /// Why a record gave fewer ranges than it has sides.
    public enum Skip: String, Sendable, CaseIterable {
        /// No street name, or one the parser reads as no street.
        case noStreetName = "no street name"
        /// A house number with letters or a hyphen (`N101`, `12-34`), which a range of integers cannot hold.
        case nonNumericNumber = "house numbers that are not whole numbers"
        /// Fewer than two points.
        case noLine = "no line geometry"
    }

    /// The edge, or nil without a usable id or line.
    public var edge: StreetEdge? {
        // TLID is numeric; a DBF reader may give it as a real number.
        let text = fields["TLID"]?.trimmingSpaces ?? ""
        guard let id = Int64(text) ?? Double(text).flatMap({ $0 == $0.rounded() && abs($0) < 9e15 ? Int64($0) : nil }),
              points.count >= 2 else { return nil }
        return StreetEdge(id: id, points: points)
    }

    /// The address ranges of the record's sides (none, one or two) and why any side with numbers was left out.
    public func ranges() -> (ranges: [StreetRange], skipped: [Skip]) {
        guard let edge else { return ([], [.noLine]) }
        var skipped: [Skip] = []
        var ranges: [StreetRange] = []
        let name = (fields["FULLNAME"] ?? "").trimmingSpaces
        var street = ParsedAddress()
        if !name.isEmpty {
            AddressNormalizer.parseDeliveryLine(AddressToken.tokenize("1 " + name), into: &street)
        }
        for side in [StreetSide.left, .right] {
            let prefix = side.rawValue
            let fromText = fields[prefix + "FROMHN"]?.trimmingSpaces ?? ""
            let toText = fields[prefix + "TOHN"]?.trimmingSpaces ?? ""
            if fromText.isEmpty && toText.isEmpty { continue }
            guard street.streetName != nil else {
                skipped.append(.noStreetName)
                continue
            }
            guard let from = Self.houseNumber(fromText.isEmpty ? toText : fromText),
                  let to = Self.houseNumber(toText.isEmpty ? fromText : toText) else {
                skipped.append(.nonNumericNumber)
                continue
            }
            let parity = fields["PARITY" + prefix].flatMap { HouseNumberParity(rawValue: $0.trimmingSpaces.uppercased()) }
                ?? Self.parity(from: from, to: to)
            let zip = fields["ZIP" + prefix].map(\.trimmingSpaces).flatMap { $0.count == 5 && $0.allSatisfy(\.isASCIIDigit) ? $0 : nil }
            ranges.append(StreetRange(edgeID: edge.id, side: side, street: street, from: from, to: to, parity: parity, zip: zip))
        }
        return (ranges, skipped)
    }

    /// A house number of digits only.
    static func houseNumber(_ text: String) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }

    /// The parity two ends imply when the record gives none.
    static func parity(from: Int, to: Int) -> HouseNumberParity {
        guard from % 2 == to % 2 else { return .both }
        return from % 2 == 0 ? .even : .odd
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
