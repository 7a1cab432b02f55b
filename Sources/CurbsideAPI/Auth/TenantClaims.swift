import JWTKit

/// The claims of a Curbside bearer token.
public struct TenantClaims: JWTPayload, Equatable {
    /// The tenant every query of the request is scoped to.
    public var tenantID: String
    /// Who the token was issued to.
    public var subject: SubjectClaim?
    /// When it stops being accepted.
    public var expiration: ExpirationClaim
    /// When it was issued.
    public var issuedAt: IssuedAtClaim?
    /// When it starts being accepted, if the issuer says.
    public var notBefore: NotBeforeClaim?

    public init(tenantID: String, subject: String?, expiration: Date, issuedAt: Date = Date()) {
        self.tenantID = tenantID
        self.subject = subject.map(SubjectClaim.init(value:))
        self.expiration = ExpirationClaim(value: expiration)
        self.issuedAt = IssuedAtClaim(value: issuedAt)
    }

    enum CodingKeys: String, CodingKey {
        case tenantID = "tenant_id", subject = "sub", expiration = "exp", issuedAt = "iat", notBefore = "nbf"
    }

    public func verify(using algorithm: some JWTAlgorithm) throws {
        try expiration.verifyNotExpired()
        try notBefore?.verifyNotBefore()
        guard !tenantID.isEmpty else { throw JWTError.claimVerificationFailure(failedClaim: nil, reason: "tenant_id is empty") }
    }
}

import Foundation
