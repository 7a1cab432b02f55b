import Foundation
import Hummingbird

/// A request's query parameters read as HTML forms and most HTTP clients write them: `+` is a space, and `%XX`
/// escapes are decoded after it (so `%2B` stays a plus). The first of repeated names counts.
struct FormQuery {
    private var values: [String: String] = [:]

    init(_ request: Request) {
        guard let query = request.uri.query, !query.isEmpty else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decoded(parts[0])
            guard values[name] == nil else { continue }
            values[name] = parts.count > 1 ? Self.decoded(parts[1]) : ""
        }
    }

    subscript(_ name: String) -> String? { values[name] }

    /// `text` with `+` read as a space and percent escapes decoded; undecodable escapes are kept as written.
    private static func decoded(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
