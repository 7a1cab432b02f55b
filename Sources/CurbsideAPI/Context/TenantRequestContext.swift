import Hummingbird

/// The request context of every route: the authenticated tenant (set by `AuthenticationMiddleware`)
/// and the body size limit.
public struct TenantRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The `tenant_id` claim of the request's token; nil only on routes that need no token.
    public var tenantID: String?
    /// The `sub` claim of the request's token.
    public var subject: String?

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Bodies larger than this are refused with 413.
    public var maxUploadSize: Int { Self.maximumBodySize }

    /// The body size limit (16 MiB: a 100,000-point batch is about 6 MB).
    public static let maximumBodySize = 16 << 20

    /// The tenant, or a 401 when the route was reached without authentication.
    func requireTenant() throws -> String {
        guard let tenantID else { throw APIError.unauthorized("a bearer token is required") }
        return tenantID
    }
}
