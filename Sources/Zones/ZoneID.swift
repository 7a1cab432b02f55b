/// Service zone identifiers: `sz_` and up to 61 letters, digits, `_` or `-`.
public enum ZoneID {
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")

    /// A new random identifier: `sz_` and 16 characters from `[a-z0-9]`.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return "sz_" + String((0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }

    /// Whether `id` is a well-formed zone identifier (ASCII letters and digits, `_`, `-`; 4 to 64 characters).
    public static func isValid(_ id: String) -> Bool {
        id.hasPrefix("sz_") && id.count <= 64 && id.count > 3
            && id.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-")
            }
    }
}
