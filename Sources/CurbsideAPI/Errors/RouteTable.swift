import Hummingbird

/// The router's routes as method and path segments, for finding the methods a path has when a request's method
/// has no route there (405 rather than 404).
struct RouteTable: Sendable {
    private struct Route: Sendable {
        var method: HTTPRequest.Method
        /// The pattern's segments; nil stands for a parameter (`{id}`, `:id`, `*`).
        var segments: [String?]
    }

    private var routes: [Route] = []

    init(_ routes: [(method: HTTPRequest.Method, path: String)] = []) {
        self.routes = routes.map { route in
            Route(method: route.method, segments: Self.segments(route.path).map { part in
                part.hasPrefix(":") || part.hasPrefix("{") || part == "*" ? nil : String(part)
            })
        }
    }

    /// The methods of the routes the router would pick for `path`: where both `/customers/import` and
    /// `/customers/{id}` match, the literal segment wins, as in the router's trie.
    func allowedMethods(path: String) -> [HTTPRequest.Method] {
        let parts = Self.segments(path)
        var best: [Bool] = []
        var methods: [HTTPRequest.Method] = []
        for route in routes {
            guard let literal = Self.specificity(route.segments, parts) else { continue }
            if methods.isEmpty || best.lexicographicallyPrecedes(literal, by: { !$0 && $1 }) {
                best = literal
                methods = [route.method]
            } else if literal == best {
                methods.append(route.method)
            }
        }
        return methods
    }

    private static func segments(_ path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// For a matching pattern, whether each segment is literal; nil when it does not match.
    private static func specificity(_ pattern: [String?], _ parts: [Substring]) -> [Bool]? {
        guard pattern.count == parts.count else { return nil }
        var literal: [Bool] = []
        literal.reserveCapacity(parts.count)
        for (segment, part) in zip(pattern, parts) {
            if let segment {
                guard segment == part else { return nil }
                literal.append(true)
            } else {
                literal.append(false)
            }
        }
        return literal
    }
}
