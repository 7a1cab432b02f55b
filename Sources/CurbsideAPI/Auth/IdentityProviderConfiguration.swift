/// Tokens from an identity provider: RS256 and ES256 tokens verified against its JSON Web Key Set.
public struct IdentityProviderConfiguration: Sendable, Equatable {
    /// `CURBSIDE_JWKS_FILE` or `CURBSIDE_JWKS_URL`.
    public var keySet: IdentityProviderKeys.Source
    /// `CURBSIDE_JWT_ISSUER`: when set, a token's `iss` must be exactly this.
    public var issuer: String?
    /// `CURBSIDE_JWT_AUDIENCE`: when set, a token's `aud` must name it.
    public var audience: String?
    /// `CURBSIDE_JWT_TENANT_CLAIM`, `CURBSIDE_JWT_ROLE_CLAIM`.
    public var claimNames: ClaimNames

    public init(keySet: IdentityProviderKeys.Source, issuer: String? = nil, audience: String? = nil, claimNames: ClaimNames = .standard) {
        self.keySet = keySet
        self.issuer = issuer
        self.audience = audience
        self.claimNames = claimNames
    }
}
