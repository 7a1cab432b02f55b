/// Text comparisons as SQLite makes them: `COLLATE NOCASE` and `LIKE` fold ASCII letters only, and text orders
/// by its UTF-8 bytes.
enum NoCase {
    /// `text` with `A`–`Z` lower-cased and every other character kept.
    static func folded(_ text: String) -> String {
        String(decoding: text.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }, as: UTF8.self)
    }

    static func equal(_ left: String, _ right: String) -> Bool {
        folded(left) == folded(right)
    }

    /// Whether `text LIKE '%' || pattern || '%'` holds with the wildcards of `pattern` escaped.
    static func contains(_ text: String, _ pattern: String) -> Bool {
        folded(text).utf8.firstRange(of: folded(pattern).utf8) != nil
    }

    /// Whether `left` sorts before `right` by bytes, after folding when `folding`.
    static func precedes(_ left: String, _ right: String, folding: Bool = true) -> Bool {
        let (a, b) = folding ? (folded(left), folded(right)) : (left, right)
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
