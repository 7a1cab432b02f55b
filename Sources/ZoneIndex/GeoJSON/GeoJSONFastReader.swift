import Foundation

/// A reader for the common shape of zone files, many times faster than `JSONDecoder`: strict JSON, a
/// FeatureCollection without `crs`, ids and properties of their plain types. Anything else — and any error —
/// makes it give up (nil), and the file is read by the lenient `Decodable` path instead, so both paths give the
/// same document.
struct GeoJSONFastReader {
    private struct GiveUp: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private var at = 0

    /// The document in `data`, or nil when the fast path does not apply.
    static func read(_ data: Data) -> GeoJSONDocument? {
        data.withUnsafeBytes { raw in
            var reader = GeoJSONFastReader(bytes: raw.bindMemory(to: UInt8.self))
            return try? reader.document()
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func document() throws(GiveUp) -> GeoJSONDocument {
        var type: String?
        var features: [LenientFeature]?
        try object { reader, key throws(GiveUp) in
            switch key {
            case "type": type = try reader.string()
            case "features": features = try reader.array { reader throws(GiveUp) in try reader.feature() }
            case "crs": throw GiveUp()
            default: try reader.skipValue()
            }
        }
        skipSpace()
        guard let type, at == bytes.count else { throw GiveUp() }
        return GeoJSONDocument(type: type, features: features, crs: nil)
    }

    private mutating func feature() throws(GiveUp) -> LenientFeature {
        var type: String?
        var id: FlexibleString?
        var properties: ZoneProperties?
        var geometry: GeoJSONGeometry?
        try object { reader, key throws(GiveUp) in
            switch key {
            case "type": type = try reader.nullable { reader throws(GiveUp) in try reader.string() }
            case "id": id = try reader.nullable { reader throws(GiveUp) in try reader.identifier() }
            case "properties": properties = try reader.nullable { reader throws(GiveUp) in try reader.properties() }
            case "geometry": geometry = try reader.nullable { reader throws(GiveUp) in try reader.geometry() }
            default: try reader.skipValue()
            }
        }
        let feature = GeoJSONFeature(type: type, id: id, properties: properties, geometry: geometry)
        return LenientFeature(id: (properties?.id ?? id)?.value, feature: .success(feature))
    }

    private mutating func properties() throws(GiveUp) -> ZoneProperties {
        var id: FlexibleString?
        var name: String?
        var zipCodes: ZIPList?
        var priority: FlexibleInt?
        var isActive: FlexibleBool?
        try object { reader, key throws(GiveUp) in
            switch key {
            case "id": id = try reader.nullable { reader throws(GiveUp) in try reader.identifier() }
            case "name": name = try reader.nullable { reader throws(GiveUp) in try reader.string() }
            case "zip_codes":
                zipCodes = try reader.nullable { reader throws(GiveUp) in
                    try ZIPList(values: reader.array { reader throws(GiveUp) in try reader.string() })
                }
            case "priority":
                priority = try reader.nullable { reader throws(GiveUp) in
                    FlexibleInt(value: try reader.integer())
                }
            case "is_active": isActive = try reader.nullable { reader throws(GiveUp) in FlexibleBool(value: try reader.bool()) }
            default: try reader.skipValue()
            }
        }
        return ZoneProperties(id: id, name: name, zipCodes: zipCodes, priority: priority, isActive: isActive)
    }

    private mutating func geometry() throws(GiveUp) -> GeoJSONGeometry {
        var type: String?
        var start: Int?
        // Coordinates after the type (as writers put them) are read at once; before it, skipped and read after.
        var parsed: GeoJSONGeometry?
        try object { reader, key throws(GiveUp) in
            switch key {
            case "type": type = try reader.string()
            case "coordinates":
                switch type {
                case "Polygon": parsed = .polygon(try reader.rings())
                case "MultiPolygon": parsed = .multiPolygon(try reader.array { reader throws(GiveUp) in try reader.rings() })
                default:
                    start = reader.at
                    try reader.skipValue()
                }
            default: try reader.skipValue()
            }
        }
        guard let type else { throw GiveUp() }
        // A later, different "type" member (a duplicate key) is read as the slow path would: the last one wins.
        switch (parsed, type) {
        case (.polygon?, "Polygon"), (.multiPolygon?, "MultiPolygon"): return parsed!
        default: break
        }
        if parsed != nil { throw GiveUp() }
        let end = at
        defer { at = end }
        switch type {
        case "Polygon":
            guard let start else { throw GiveUp() }
            at = start
            return .polygon(try rings())
        case "MultiPolygon":
            guard let start else { throw GiveUp() }
            at = start
            return .multiPolygon(try array { reader throws(GiveUp) in try reader.rings() })
        default:
            return .other(type: type)
        }
    }

    private mutating func rings() throws(GiveUp) -> [[Coordinate]] {
        try array { reader throws(GiveUp) in
            try reader.array { reader throws(GiveUp) in
                var numbers = 0
                var x = 0.0
                var y = 0.0
                _ = try reader.array { reader throws(GiveUp) in
                    let value = try reader.number()
                    if numbers == 0 { x = value } else if numbers == 1 { y = value }
                    numbers += 1
                    return 0
                }
                guard numbers >= 2 else { throw GiveUp() }
                return Coordinate(x: x, y: y)
            }
        }
    }

    /// An id: a string, or an integer written as a number.
    private mutating func identifier() throws(GiveUp) -> FlexibleString {
        skipSpace()
        if at < bytes.count, bytes[at] == UInt8(ascii: "\"") { return FlexibleString(value: try string()) }
        return FlexibleString(value: String(try integer()))
    }
}

extension GeoJSONFastReader {
    private mutating func skipSpace() {
        while at < bytes.count {
            switch bytes[at] {
            case 0x20, 0x09, 0x0A, 0x0D: at += 1
            default: return
            }
        }
    }

    private mutating func expect(_ byte: UInt8) throws(GiveUp) {
        skipSpace()
        guard at < bytes.count, bytes[at] == byte else { throw GiveUp() }
        at += 1
    }

    /// Whether the next value is `null` (consumed), else nil is not returned and `body` reads the value.
    private mutating func nullable<T>(_ body: (inout Self) throws(GiveUp) -> T) throws(GiveUp) -> T? {
        skipSpace()
        if bytes.count - at >= 4, bytes[at] == UInt8(ascii: "n") {
            guard bytes[at + 1] == UInt8(ascii: "u"), bytes[at + 2] == UInt8(ascii: "l"), bytes[at + 3] == UInt8(ascii: "l") else { throw GiveUp() }
            at += 4
            return nil
        }
        return try body(&self)
    }

    private mutating func object(_ member: (inout Self, String) throws(GiveUp) -> Void) throws(GiveUp) {
        try expect(UInt8(ascii: "{"))
        skipSpace()
        if at < bytes.count, bytes[at] == UInt8(ascii: "}") { at += 1; return }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
            skipSpace()
            guard at < bytes.count else { throw GiveUp() }
            if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
            if bytes[at] == UInt8(ascii: "}") { at += 1; return }
            throw GiveUp()
        }
    }

    private mutating func array<T>(_ element: (inout Self) throws(GiveUp) -> T) throws(GiveUp) -> [T] {
        try expect(UInt8(ascii: "["))
        var values: [T] = []
        skipSpace()
        if at < bytes.count, bytes[at] == UInt8(ascii: "]") { at += 1; return values }
        while true {
            values.append(try element(&self))
            skipSpace()
            guard at < bytes.count else { throw GiveUp() }
            if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
            if bytes[at] == UInt8(ascii: "]") { at += 1; return values }
            throw GiveUp()
        }
    }

    private mutating func bool() throws(GiveUp) -> Bool {
        skipSpace()
        if bytes.count - at >= 4, Array(bytes[at..<(at + 4)]) == Array("true".utf8) { at += 4; return true }
        if bytes.count - at >= 5, Array(bytes[at..<(at + 5)]) == Array("false".utf8) { at += 5; return false }
        throw GiveUp()
    }

    /// A string without escapes other than the simple ones and `\u`; invalid UTF-8 gives up.
    private mutating func string() throws(GiveUp) -> String {
        try expect(UInt8(ascii: "\""))
        let start = at
        while at < bytes.count, bytes[at] != UInt8(ascii: "\""), bytes[at] != UInt8(ascii: "\\"), bytes[at] >= 0x20 { at += 1 }
        guard at < bytes.count else { throw GiveUp() }
        if bytes[at] == UInt8(ascii: "\"") {
            defer { at += 1 }
            guard let text = String(bytes: UnsafeBufferPointer(rebasing: bytes[start..<at]), encoding: .utf8) else { throw GiveUp() }
            return text
        }
        // Escapes: leave them to JSONDecoder.
        throw GiveUp()
    }

    /// A JSON integer without fraction or exponent that fits in an `Int`.
    private mutating func integer() throws(GiveUp) -> Int {
        skipSpace()
        let negative = at < bytes.count && bytes[at] == UInt8(ascii: "-")
        if negative { at += 1 }
        let digits = at
        var value = 0
        while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39 {
            let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(bytes[at] - 0x30))
            guard !overflow1, !overflow2 else { throw GiveUp() }
            value = sum
            at += 1
        }
        guard at > digits, bytes[digits] != 0x30 || at - digits == 1 else { throw GiveUp() }
        if at < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[at]) { throw GiveUp() }
        return negative ? -value : value
    }

    /// A finite JSON number, as `JSONDecoder` reads it (correctly rounded).
    private mutating func number() throws(GiveUp) -> Double {
        skipSpace()
        let start = at
        if at < bytes.count, bytes[at] == UInt8(ascii: "-") { at += 1 }
        let digits = at
        while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39 { at += 1 }
        guard at > digits, bytes[digits] != 0x30 || at - digits == 1 else { throw GiveUp() }
        var plain = true
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") {
            at += 1
            let fraction = at
            while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39 { at += 1 }
            guard at > fraction else { throw GiveUp() }
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: "e") || bytes[at] == UInt8(ascii: "E") {
            plain = false
            at += 1
            if at < bytes.count, bytes[at] == UInt8(ascii: "+") || bytes[at] == UInt8(ascii: "-") { at += 1 }
            let exponent = at
            while at < bytes.count, bytes[at] >= 0x30, bytes[at] <= 0x39 { at += 1 }
            guard at > exponent else { throw GiveUp() }
        }
        if plain, let value = PlainDecimal.parse(bytes, start..<at) { return value }
        guard at - start < 64 else { throw GiveUp() }
        let value = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            for i in start..<at { buffer[i - start] = CChar(bitPattern: bytes[i]) }
            buffer[at - start] = 0
            return strtod(buffer.baseAddress!, nil)
        }
        guard value.isFinite else { throw GiveUp() }
        return value
    }

    private mutating func skipValue() throws(GiveUp) {
        skipSpace()
        guard at < bytes.count else { throw GiveUp() }
        switch bytes[at] {
        case UInt8(ascii: "{"): try object { reader, _ throws(GiveUp) in try reader.skipValue() }
        case UInt8(ascii: "["): _ = try array { reader throws(GiveUp) in try reader.skipValue() }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): _ = try nullable { _ throws(GiveUp) in () }
        default: _ = try number()
        }
    }
}
