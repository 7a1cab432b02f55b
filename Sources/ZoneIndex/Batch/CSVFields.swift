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
        if let value = PlainDecimal.parse(bytes, range) { return .some(value) }
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
}
