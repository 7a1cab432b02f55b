import Hummingbird

/// Requires `Authorization: Bearer <JWT>`, puts the token's tenant into the context, and refuses with 403 a
/// request whose route needs a role the token does not have (`AccessPolicy`).
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = TenantRequestContext
    let authority: TokenAuthority

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let claims = try await authority.verify(try Self.bearerToken(request))
        let needed = AccessPolicy.role(method: request.method.rawValue, path: context.endpointPath ?? "")
        guard claims.role.includes(needed) else {
            throw APIError.forbidden("\(request.method.rawValue) \(context.endpointPath ?? request.uri.path) needs the \(needed.rawValue) role; this token's role is \(claims.role.rawValue)")
        }
        var context = context
        context.tenantID = claims.tenantID
        context.subject = claims.subject?.value
        return try await next(request, context)
    }

    /// The bearer token of `request`, or a 401 saying what is wrong with its Authorization header.
    static func bearerToken(_ request: Request) throws(APIError) -> String {
        guard let header = request.headers[.authorization] else {
            throw .unauthorized("the Authorization header with a Bearer token is missing")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, isBearer(parts[0]), !parts[1].isEmpty else {
            throw .unauthorized("the Authorization header must be \"Bearer <token>\"")
        }
        return trimmed(parts[1])
    }

    /// Whether `scheme` is `bearer` in any case (no other letters lower-case to these).
    static func isBearer(_ scheme: Substring) -> Bool {
        let bearer = "bearer".utf8
        return scheme.utf8.count == bearer.count && zip(scheme.utf8, bearer).allSatisfy { $0 | 0x20 == $1 }
    }

    /// `text` without the whitespace around it.
    static func trimmed(_ text: Substring) -> String {
        // Printable ASCII at both ends: nothing to trim (every other whitespace is a control or non-ASCII character).
        if let first = text.utf8.first, let last = text.utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) {
            return String(text)
        }
        return String(text).trimmingCharacters(in: .whitespaces)
    }
}

import Foundation
