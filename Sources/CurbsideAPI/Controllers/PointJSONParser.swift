import ZoneIndex

/// Reads match points (`{"id"?,"lat"?,"lng"?,"zip"?}`) and point batches (`{"points":[…]}`) straight from
/// JSON bytes, several times faster than `JSONDecoder`.
///
/// It answers only for input it reads exactly as `JSONDecoder` would and gives nil for anything else (unknown or
/// repeated keys, escaped keys, values of another type, numbers a `Double` cannot hold, invalid UTF-8, malformed
/// JSON), so callers fall back to `JSONDecoder`, which then produces the answer or the error it always has.
struct PointJSONParser {
    typealias PointRequest = MatchZoneController.PointRequest

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The point held by `bytes` (one JSON object, whitespace around it allowed), or nil.
    static func point(_ bytes: UnsafeBufferPointer<UInt8>) -> PointRequest? {
        var parser = PointJSONParser(bytes)
        guard let point = parser.readPoint() else { return nil }
        parser.skipWhitespace()
        return parser.position == bytes.count ? point : nil
    }

    /// The point held by `bytes`, or nil.
    static func point(_ bytes: some Sequence<UInt8>) -> PointRequest? {
        if let answer = bytes.withContiguousStorageIfAvailable({ point($0) }) { return answer }
        return Array(bytes).withUnsafeBufferPointer { point($0) }
    }

    /// The points of a batch body `{"points":[…]}` (that one key only), or nil.
    static func batch(_ bytes: UnsafeBufferPointer<UInt8>) -> [PointRequest]? {
        var parser = PointJSONParser(bytes)
        guard let points = parser.readBatch() else { return nil }
        parser.skipWhitespace()
        return parser.position == bytes.count ? points : nil
    }

    // MARK: Grammar

    private mutating func readBatch() -> [PointRequest]? {
        skipWhitespace()
        guard take(UInt8(ascii: "{")) else { return nil }
        skipWhitespace()
        guard let key = readPlainKey(), key.elementsEqual("points".utf8) else { return nil }
        skipWhitespace()
        guard take(UInt8(ascii: ":")) else { return nil }
        skipWhitespace()
        guard take(UInt8(ascii: "[")) else { return nil }
        var points: [PointRequest] = []
        points.reserveCapacity(bytes.count / 40)
        skipWhitespace()
        if !take(UInt8(ascii: "]")) {
            while true {
                guard let point = readPoint() else { return nil }
                points.append(point)
                skipWhitespace()
                if take(UInt8(ascii: ",")) { continue }
                guard take(UInt8(ascii: "]")) else { return nil }
                break
            }
        }
        skipWhitespace()
        guard take(UInt8(ascii: "}")) else { return nil }
        return points
    }

    private mutating func readPoint() -> PointRequest? {
        skipWhitespace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var point = PointRequest()
        var seen: UInt8 = 0
        skipWhitespace()
        if take(UInt8(ascii: "}")) { return point }
        while true {
            guard let key = readPlainKey() else { return nil }
            guard let field = Self.field(named: key) else { return nil }
            guard seen & field == 0 else { return nil }
            seen |= field
            skipWhitespace()
            guard take(UInt8(ascii: ":")) else { return nil }
            skipWhitespace()
            if takeNull() {
                // `decodeIfPresent` reads null as absent.
            } else {
                switch field {
                case 1: guard let value = readNumber() else { return nil }
                    point.lat = value
                case 2: guard let value = readNumber() else { return nil }
                    point.lng = value
                case 4: guard let value = readString() else { return nil }
                    point.zip = value
                default:
                    if peek == UInt8(ascii: "\"") {
                        guard let value = readString() else { return nil }
                        point.id = .string(value)
                    } else {
                        guard let value = readNumber() else { return nil }
                        point.id = .number(value)
                    }
                }
            }
            skipWhitespace()
            if take(UInt8(ascii: ",")) {
                skipWhitespace()
                continue
            }
            guard take(UInt8(ascii: "}")) else { return nil }
            return point
        }
    }

    /// The bit of a point's key: lat 1, lng 2, zip 4, id 8.
    private static func field(named key: UnsafeBufferPointer<UInt8>) -> UInt8? {
        if key.count == 2 { return key[0] == UInt8(ascii: "i") && key[1] == UInt8(ascii: "d") ? 8 : nil }
        guard key.count == 3 else { return nil }
        switch (key[0], key[1], key[2]) {
        case (UInt8(ascii: "l"), UInt8(ascii: "a"), UInt8(ascii: "t")): return 1
        case (UInt8(ascii: "l"), UInt8(ascii: "n"), UInt8(ascii: "g")): return 2
        case (UInt8(ascii: "z"), UInt8(ascii: "i"), UInt8(ascii: "p")): return 4
        default: return nil
        }
    }

    // MARK: Tokens

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func takeNull() -> Bool {
        guard bytes.count - position >= 4, bytes[position] == UInt8(ascii: "n"), bytes[position + 1] == UInt8(ascii: "u"),
              bytes[position + 2] == UInt8(ascii: "l"), bytes[position + 3] == UInt8(ascii: "l") else { return false }
        position += 4
        return true
    }

    /// A key without escapes, as raw bytes.
    private mutating func readPlainKey() -> UnsafeBufferPointer<UInt8>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)])
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    /// A string value with its escapes resolved; nil for raw control characters, bad escapes, lone surrogates
    /// and invalid UTF-8.
    private mutating func readString() -> String? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<(position - 1)]), as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { return readEscapedString(from: start) }
            if byte < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    /// The rest of a string that has escapes, `start` being just after its opening quote.
    private mutating func readEscapedString(from start: Int) -> String? {
        var text = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(validating: text, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escape = peek else { return nil }
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escape)
                case UInt8(ascii: "b"): text.append(0x08)
                case UInt8(ascii: "f"): text.append(0x0C)
                case UInt8(ascii: "n"): text.append(0x0A)
                case UInt8(ascii: "r"): text.append(0x0D)
                case UInt8(ascii: "t"): text.append(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = readUnicodeEscape() else { return nil }
                    text.append(contentsOf: String(Character(scalar)).utf8)
                default: return nil
                }
            case ..<0x20:
                return nil
            default:
                text.append(byte)
            }
        }
        return nil
    }

    /// The scalar of `XXXX` (after `\u`), or of a surrogate pair `XXXX\uYYYY`.
    private mutating func readUnicodeEscape() -> Unicode.Scalar? {
        guard let high = readHex4() else { return nil }
        if (0xD800...0xDBFF).contains(high) {
            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = readHex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        }
        return Unicode.Scalar(high)
    }

    private mutating func readHex4() -> UInt32? {
        guard bytes.count - position >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// A JSON number (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`) as a finite `Double`, correctly rounded;
    /// nil for other text, overflow, and results so small `JSONDecoder`'s handling might differ.
    private mutating func readNumber() -> Double? {
        let start = position
        let negative = take(UInt8(ascii: "-"))
        var mantissa: UInt64 = 0
        var digits = 0
        var scale = 0
        guard let first = peek, isDigit(first) else { return nil }
        if first == UInt8(ascii: "0") {
            position += 1
            if let next = peek, isDigit(next) { return nil }
        } else {
            while let byte = peek, isDigit(byte) {
                if digits < 19 {
                    mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                    if mantissa != 0 { digits += 1 }
                } else {
                    digits += 1
                    scale += 1
                }
                position += 1
            }
        }
        if take(UInt8(ascii: ".")) {
            guard let byte = peek, isDigit(byte) else { return nil }
            while let byte = peek, isDigit(byte) {
                if digits < 19 {
                    mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                    if mantissa != 0 { digits += 1 }
                    scale -= 1
                } else {
                    digits += 1
                }
                position += 1
            }
        }
        var exponent = 0
        if let byte = peek, byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            position += 1
            let negativeExponent = take(UInt8(ascii: "-"))
            if !negativeExponent { _ = take(UInt8(ascii: "+")) }
            guard let firstDigit = peek, isDigit(firstDigit) else { return nil }
            while let byte = peek, isDigit(byte) {
                if exponent < 100_000 { exponent = exponent * 10 + Int(byte - UInt8(ascii: "0")) }
                position += 1
            }
            if negativeExponent { exponent = -exponent }
        }
        let power = scale + exponent
        // Clinger's fast path: an exact mantissa and an exact power of ten give a correctly rounded quotient.
        if digits <= 15, mantissa < (1 << 53), (-22...22).contains(power) {
            var value = Double(mantissa)
            if power < 0 { value /= Self.powersOfTen[-power] } else { value *= Self.powersOfTen[power] }
            return negative ? -value : value
        }
        if digits <= 19, let value = PlainDecimal.eiselLemire(mantissa, exponent: power) {
            return negative ? -value : value
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(text), value.isFinite else { return nil }
        if value == 0, mantissa != 0 { return nil }
        if value != 0, value.magnitude < Double.leastNormalMagnitude { return nil }
        return value
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    private static let powersOfTen: [Double] = (0...22).map { power in
        var value = 1.0
        for _ in 0..<power { value *= 10 }
        return value
    }
}
