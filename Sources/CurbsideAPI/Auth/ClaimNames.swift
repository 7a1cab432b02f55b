import Foundation

/// The claims of an identity provider's token that hold the tenant and the role (`tenant_id` and `role` unless
/// configured otherwise: Auth0, Cognito and Keycloak put custom claims under namespaced names).
public struct ClaimNames: Sendable, Equatable {
    /// `CURBSIDE_JWT_TENANT_CLAIM`.
    public var tenant: String
    /// `CURBSIDE_JWT_ROLE_CLAIM`.
    public var role: String

    public init(tenant: String = "tenant_id", role: String = "role") {
        self.tenant = tenant
        self.role = role
    }

    /// The names Curbside's own (HS256) tokens use.
    public static let standard = ClaimNames()

    /// Where a decoder finds the names to read.
    static let userInfoKey = CodingUserInfoKey(rawValue: "curbside.claimNames")!

    /// A JSON decoder for token payloads that reads the tenant and role from these names.
    func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        decoder.userInfo[Self.userInfoKey] = self
        return decoder
    }
}
