/// US ZIP codes in their five-digit form.
public enum ZIPCode {
    /// The five-digit ZIP of `text`: "78701", "78701-1234" and "787011234" give "78701"; a code that lost
    /// its leading zeros to a spreadsheet ("501", "2134") is padded back. Nil when `text` is no ZIP code.
    public static func normalize(_ text: some StringProtocol) -> String? {
        if text.utf8.count == 5, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return String(text) }
        let trimmed = text.trimmingWhitespace()
        var digits = trimmed.utf8
        var plusFour: Substring.UTF8View?
        if let dash = trimmed.utf8.firstIndex(of: UInt8(ascii: "-")) {
            digits = trimmed.utf8[..<dash]
            plusFour = trimmed.utf8[trimmed.utf8.index(after: dash)...]
        }
        guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if let plusFour, plusFour.count != 4 || !plusFour.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return nil }
        switch digits.count {
        case 3...5:
            if plusFour != nil && digits.count != 5 { return nil }
            return String(repeating: "0", count: 5 - digits.count) + String(decoding: digits, as: UTF8.self)
        case 9 where plusFour == nil:
            return String(decoding: digits.prefix(5), as: UTF8.self)
        default:
            return nil
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingWhitespace() -> Substring {
        let s = Substring(self)
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = s.firstIndex(where: { !isSpace($0) }) else { return s[s.endIndex...] }
        let end = s.lastIndex(where: { !isSpace($0) })!
        return s[start...end]
    }
}
