import Foundation

/// The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks),
/// with a leading byte-order mark and CRLF line ends accepted.
package struct CSVReader: Sequence, Sendable {
    private let bytes: [UInt8]

    /// Reads the CSV text of `data`.
    package init(data: Data) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
    }

    /// Reads the file at `url`.
    package init(contentsOf url: URL) throws {
        try self.init(data: Data(contentsOf: url, options: .mappedIfSafe))
    }

    package func makeIterator() -> Iterator { Iterator(bytes: bytes) }

    /// The field's text without leading and trailing spaces and tabs.
    fileprivate static func trimmedString(_ field: [UInt8]) -> String {
        var start = 0, end = field.count
        while start < end, field[start] == UInt8(ascii: " ") || field[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, field[end - 1] == UInt8(ascii: " ") || field[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return String(decoding: field[start..<end], as: UTF8.self)
    }

    /// Yields each record as its fields and the 1-based line it starts on; blank lines are skipped.
    package struct Iterator: IteratorProtocol {
        fileprivate let bytes: [UInt8]
        fileprivate var position = 0
        fileprivate var line = 1

        package mutating func next() -> (fields: [String], line: Int)? {
            while position < bytes.count {
                let startLine = line
                var fields: [String] = []
                var field: [UInt8] = []
                var inQuotes = false
                var ended = false
                while position < bytes.count, !ended {
                    let byte = bytes[position]
                    position += 1
                    if inQuotes {
                        if byte == UInt8(ascii: "\"") {
                            if position < bytes.count, bytes[position] == UInt8(ascii: "\"") {
                                field.append(byte)
                                position += 1
                            } else {
                                inQuotes = false
                            }
                        } else {
                            if byte == UInt8(ascii: "\n") { line += 1 }
                            field.append(byte)
                        }
                        continue
                    }
                    switch byte {
                    case UInt8(ascii: "\""):
                        inQuotes = true
                    case UInt8(ascii: ","):
                        fields.append(CSVReader.trimmedString(field))
                        field.removeAll(keepingCapacity: true)
                    case UInt8(ascii: "\n"):
                        line += 1
                        ended = true
                    case UInt8(ascii: "\r"):
                        continue
                    default:
                        field.append(byte)
                    }
                }
                fields.append(CSVReader.trimmedString(field))
                if fields.count == 1, fields[0].isEmpty { continue }
                return (fields, startLine)
            }
            return nil
        }
    }
}

/// Writing CSV fields.
package enum CSVWriter {
    /// `text` as one CSV field: quoted when it holds a comma, quote or line break.
    package static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One CSV line (without the line break) of `fields`.
    package static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",")
    }
}
