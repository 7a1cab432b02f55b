import Foundation
import JWTKit

/// The claims of a bearer token: the tenant every query is scoped to, the role, and the standard claims.
public struct TenantClaims: JWTPayload, Equatable {
    /// The tenant every query of the request is scoped to.
    public var tenantID: String
    /// What the token may do; `Role.unstated` when the token names no role.
    public var role: Role
    /// Who the token was issued to.
    public var subject: SubjectClaim?
    /// When it stops being accepted.
    public var expiration: ExpirationClaim
    /// When it was issued.
    public var issuedAt: IssuedAtClaim?
    /// When it starts being accepted, if the issuer says.
    public var notBefore: NotBeforeClaim?
    /// Who issued it (`iss`).
    public var issuer: IssuerClaim?
    /// Who it is meant for (`aud`).
    public var audience: AudienceClaim?
    /// Whether the token named its role (only such tokens carry `role` when signed again).
    var statesRole: Bool
    /// A role claim that names no role, refused by `verify(using:)`.
    private var unreadableRole: String?

    public init(tenantID: String, role: Role? = nil, subject: String?, expiration: Date, issuedAt: Date = Date()) {
        self.tenantID = tenantID
        self.role = role ?? .unstated
        self.statesRole = role != nil
        self.subject = subject.map(SubjectClaim.init(value:))
        self.expiration = ExpirationClaim(value: expiration)
        self.issuedAt = IssuedAtClaim(value: issuedAt)
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: any Decoder) throws {
        let names = decoder.userInfo[ClaimNames.userInfoKey] as? ClaimNames ?? .standard
        let container = try decoder.container(keyedBy: Key.self)
        tenantID = (try? container.decodeIfPresent(String.self, forKey: Key(names.tenant))) ?? ""
        subject = try container.decodeIfPresent(SubjectClaim.self, forKey: Key("sub"))
        expiration = try container.decode(ExpirationClaim.self, forKey: Key("exp"))
        issuedAt = try container.decodeIfPresent(IssuedAtClaim.self, forKey: Key("iat"))
        notBefore = try container.decodeIfPresent(NotBeforeClaim.self, forKey: Key("nbf"))
        issuer = try? container.decodeIfPresent(IssuerClaim.self, forKey: Key("iss"))
        audience = try? container.decodeIfPresent(AudienceClaim.self, forKey: Key("aud"))
        (role, statesRole, unreadableRole) = (.unstated, false, nil)
        guard container.contains(Key(names.role)) else { return }
        statesRole = true
        if let text = try? container.decode(String.self, forKey: Key(names.role)) {
            guard let named = Role(rawValue: text) else { unreadableRole = text; return }
            role = named
        } else if let list = try? container.decode([String].self, forKey: Key(names.role)) {
            // Identity providers list roles; the highest Curbside role among them counts.
            guard let highest = list.compactMap(Role.init(rawValue:)).max() else { unreadableRole = list.joined(separator: ","); return }
            role = highest
        } else {
            unreadableRole = "?"
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(tenantID, forKey: Key("tenant_id"))
        if statesRole { try container.encode(role, forKey: Key("role")) }
        try container.encodeIfPresent(subject, forKey: Key("sub"))
        try container.encode(expiration, forKey: Key("exp"))
        try container.encodeIfPresent(issuedAt, forKey: Key("iat"))
        try container.encodeIfPresent(notBefore, forKey: Key("nbf"))
        try container.encodeIfPresent(issuer, forKey: Key("iss"))
        try container.encodeIfPresent(audience, forKey: Key("aud"))
    }

    public func verify(using algorithm: some JWTAlgorithm) throws {
        try expiration.verifyNotExpired()
        try notBefore?.verifyNotBefore()
        guard !tenantID.isEmpty else { throw ClaimProblem("the token names no tenant") }
        if unreadableRole != nil {
            throw ClaimProblem("the token's role must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }
}

/// A claim that makes a well-signed token unusable, in words.
struct ClaimProblem: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
