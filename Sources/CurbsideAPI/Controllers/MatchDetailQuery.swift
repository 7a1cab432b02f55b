import Hummingbird

/// The `detail` query parameter of the match routes.
enum MatchDetailQuery {
    /// Whether `request` asks for detail: `true` or `1`; `false`, `0` or absent do not.
    ///
    /// - Throws: `APIError.validation` for any other value.
    static func requested(_ request: Request) throws -> Bool {
        // Most requests have no query at all; they skip the parsing.
        guard let query = request.uri.query, !query.isEmpty else { return false }
        switch FormQuery(request)["detail"]?.lowercased() {
        case nil, "false", "0": return false
        case "true", "1": return true
        case let value?: throw APIError.validation("detail must be true or false (or 1 or 0), not '\(value)'")
        }
    }
}
