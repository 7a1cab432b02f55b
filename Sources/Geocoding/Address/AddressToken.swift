import Foundation

/// One word of an address, in capitals without punctuation, with the comma-separated segment it came from.
struct AddressToken: Sendable, Equatable {
    var text: String
    var segment: Int

    var isNumeric: Bool { !text.isEmpty && text.allSatisfy(\.isASCIIDigit) }
    var startsWithDigit: Bool { text.first?.isASCIIDigit ?? false }
}

extension AddressToken {
    /// The tokens of `input`: upper-cased, accents folded, periods, apostrophes and ʻokina dropped, `#` split off,
    /// other punctuation turned into spaces; commas, semicolons and line breaks start a new segment.
    static func tokenize(_ input: String) -> [AddressToken] {
        let isASCII = input.utf8.allSatisfy { $0 < 0x80 }
        let folded = isASCII ? input.uppercased() : input.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).uppercased()
        var tokens: [AddressToken] = []
        var segment = 0
        var current = ""
        func flush() {
            var trimmed = Substring(current)
            while let first = trimmed.first, first == "-" || first == "/" { trimmed.removeFirst() }
            while let last = trimmed.last, last == "-" || last == "/" { trimmed.removeLast() }
            if !trimmed.isEmpty { tokens.append(AddressToken(text: String(trimmed), segment: segment)) }
            current = ""
        }
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "A"..."Z", "0"..."9":
                current.unicodeScalars.append(scalar)
            case "-", "/":
                current.unicodeScalars.append(scalar)
            case ".", "'", "\u{2018}", "\u{2019}", "\u{02BB}", "\u{02BC}", "`":
                continue
            case "#":
                flush()
                tokens.append(AddressToken(text: "#", segment: segment))
            case ",", ";", "\n", "\r", "|":
                flush()
                if tokens.last?.segment == segment { segment += 1 }
            default:
                flush()
            }
        }
        flush()
        return tokens
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// Byte-level tests for token words, which are ASCII (capitals, digits, `-`, `/`, `#`).
extension String {
    /// Whether the word has a digit.
    var containsDigit: Bool { utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
    /// Whether the word is one or more digits.
    var isDigits: Bool { !isEmpty && utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
    /// Whether the word holds the ASCII character `character`.
    func containsASCII(_ character: Unicode.Scalar) -> Bool { utf8.contains(UInt8(ascii: character)) }
}
