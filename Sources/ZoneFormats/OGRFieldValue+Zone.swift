import Foundation

extension OGRFieldValue {
    /// The value as an integer: integers, integral reals and numeric text; nil for anything else.
    var integer: Int? {
        switch self {
        case .integer(let value): Int(exactly: value)
        case .real(let value): Int(exactly: value)
        case .text(let text): Int(text.trimmingCharacters(in: .whitespaces))
        case .boolean, .list: nil
        }
    }

    /// The value as a flag: booleans, 0/1, and true/false, yes/no, y/n, t/f in any case; nil for anything else.
    var flag: Bool? {
        switch self {
        case .boolean(let value): return value
        case .integer(0), .real(0): return false
        case .integer(1), .real(1): return true
        case .text(let text):
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "true", "t", "yes", "y", "1": return true
            case "false", "f", "no", "n", "0": return false
            default: return nil
            }
        default: return nil
        }
    }

    /// The ZIP codes the value holds, as written: a list's items, or the parts of a text separated by commas,
    /// semicolons or spaces. Also unwraps the forms list fields take when a format cannot store lists: GDAL's
    /// `(2:78701,78702)` and JSON's `["78701","78702"]`.
    var zipCodes: [String] {
        switch self {
        case .list(let items):
            return items.flatMap { OGRFieldValue.text($0).zipCodes }
        case .text(var text):
            text = text.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("("), text.hasSuffix(")"), let colon = text.firstIndex(of: ":"),
               text[text.index(after: text.startIndex)..<colon].allSatisfy(\.isNumber) {
                text = String(text[text.index(after: colon)..<text.index(before: text.endIndex)])
            }
            if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
            let separators: Set<Character> = [",", ";", " ", "\t", "\n", "\r"]
            return text.split(whereSeparator: separators.contains).map { $0.trimmingCharacters(in: ["\"", "'"]) }.filter { !$0.isEmpty }
        case .integer, .real:
            return [self.text]
        case .boolean:
            return [self.text]
        }
    }
}
