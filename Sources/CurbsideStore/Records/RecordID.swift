/// Random record identifiers such as `sz_k3v9q0m2x8a1b7c4`.
enum RecordID {
    private static let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")

    /// `prefix` followed by 16 random characters from `[a-z0-9]`.
    static func make(prefix: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let suffix = (0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return prefix + String(suffix)
    }
}
