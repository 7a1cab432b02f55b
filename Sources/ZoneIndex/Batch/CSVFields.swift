#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splitting and escaping CSV fields.
enum CSVFields {
    /// The byte ranges of the fields of `record` (quotes included), stopping after `limit` fields.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ record: Range<Int>, limit: Int, into fields: inout [Range<Int>]) {
        fields.removeAll(keepingCapacity: true)
        var start = record.lowerBound
        var inQuotes = false
        var i = record.lowerBound
        while i < record.upperBound {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if byte == UInt8(ascii: ","), !inQuotes {
                fields.append(start..<i)
                if fields.count == limit { return }
                start = i + 1
            }
            i += 1
        }
        fields.append(start..<record.upperBound)
    }

    /// The field's text without surrounding spaces and quotes, with doubled quotes undone.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> String {
        let trimmed = trim(bytes, field)
        let raw = UnsafeBufferPointer(rebasing: bytes[trimmed])
        guard raw.count >= 2, raw.first == UInt8(ascii: "\""), raw.last == UInt8(ascii: "\"") else {
            return String(decoding: raw, as: UTF8.self)
        }
        let inner = String(decoding: UnsafeBufferPointer(rebasing: raw[1..<(raw.count - 1)]), as: UTF8.self)
        return inner.replacingOccurrences(of: "\"\"", with: "\"")
    }

    /// The field as a number, or nil when it is not one. An empty field is `.some(nil)`.
    static func double(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Double?? {
        var range = trim(bytes, field)
        if range.count >= 2, bytes[range.lowerBound] == UInt8(ascii: "\""), bytes[range.upperBound - 1] == UInt8(ascii: "\"") {
            range = trim(bytes, (range.lowerBound + 1)..<(range.upperBound - 1))
        }
        if range.isEmpty { return .some(nil) }
        if let value = fastDecimal(bytes, range) { return .some(value) }
        guard range.count < 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer -> Double?? in
            for (offset, index) in range.enumerated() { buffer[offset] = CChar(bitPattern: bytes[index]) }
            buffer[range.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(buffer.baseAddress!, &end)
            guard let end, end - buffer.baseAddress! == range.count else { return nil }
            return .some(value)
        }
    }

    private static func trim(_ bytes: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Range<Int> {
        var lower = field.lowerBound
        var upper = field.upperBound
        while lower < upper, bytes[lower] == UInt8(ascii: " ") || bytes[lower] == UInt8(ascii: "\t") { lower += 1 }
        while upper > lower, bytes[upper - 1] == UInt8(ascii: " ") || bytes[upper - 1] == UInt8(ascii: "\t") { upper -= 1 }
        return lower..<upper
    }

    /// `text` as one CSV field: quoted when it holds a comma, quote or line break.
    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Powers of ten that doubles hold exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { r, _ in r * 10 } }

    /// A plain decimal (`-?digits[.digits]`, at most 15 significant digits) parsed exactly as `strtod` would, or
    /// nil for anything else. Both the digits and the power of ten are exact doubles, so their quotient is
    /// correctly rounded (Clinger's fast path).
    @inline(__always)
    static func fastDecimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Double? {
        var i = range.lowerBound
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = 0
        var seenPoint = false
        while i < range.upperBound {
            let byte = bytes[i]
            if byte >= 0x30 && byte <= 0x39 {
                mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
                digits += 1
                if seenPoint { fraction += 1 }
            } else if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0, digits <= 15, fraction <= 22 else { return nil }
        let value = Double(mantissa) / exactPowersOfTen[fraction]
        return negative ? -value : value
    }
}
