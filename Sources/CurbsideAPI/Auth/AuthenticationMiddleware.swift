import Hummingbird

/// Requires `Authorization: Bearer <JWT>` and puts the token's tenant into the context.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = TenantRequestContext
    let authority: TokenAuthority

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            throw APIError.unauthorized("the Authorization header with a Bearer token is missing")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", !parts[1].isEmpty else {
            throw APIError.unauthorized("the Authorization header must be \"Bearer <token>\"")
        }
        let claims = try await authority.verify(String(parts[1]).trimmingCharacters(in: .whitespaces))
        var context = context
        context.tenantID = claims.tenantID
        context.subject = claims.subject?.value
        return try await next(request, context)
    }
}

import Foundation
