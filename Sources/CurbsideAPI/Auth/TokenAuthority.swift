import Crypto
import Foundation
import JWTKit

/// Signs and verifies bearer tokens: HS256 tokens with the server's secret, and RS256 or ES256 tokens against an
/// identity provider's key set when one is configured.
public struct TokenAuthority: Sendable {
    /// The HS256 key; nil when the server takes only the identity provider's tokens.
    private let secretKeys: JWTKeyCollection?
    /// The same secret as an HMAC key, to refuse a wrong HS256 signature before parsing the token.
    private let secretKey: SymmetricKey?
    private let identityProvider: IdentityProviderConfiguration?
    private let providerKeys: IdentityProviderKeys?
    /// Tokens already verified, answered without another signature check until they expire.
    private let verified: VerifiedTokenCache
    /// The time `exp` is checked against.
    private let clock: @Sendable () -> Date

    /// The shortest secret accepted, in bytes (HMAC-SHA-256 wants at least its output size).
    public static let minimumSecretLength = 32

    /// An authority for HS256 tokens signed with `secret`.
    public init(secret: String) async throws(TokenAuthorityError) {
        try await self.init(secret: secret, identityProvider: nil)
    }

    /// An authority for HS256 tokens signed with `secret` (when given) and for the tokens of `identityProvider`
    /// (when given); its key set is read by `prepare()`.
    public init(secret: String?, identityProvider: IdentityProviderConfiguration?) async throws(TokenAuthorityError) {
        try await self.init(secret: secret, identityProvider: identityProvider, verifiedTokenCapacity: 4096, clock: { Date() })
    }

    /// An authority that remembers up to `verifiedTokenCapacity` verified tokens and checks `exp` against `clock`
    /// (as well as against the system clock, which jwt-kit uses).
    init(
        secret: String?, identityProvider: IdentityProviderConfiguration? = nil, keySetRefreshInterval: Duration = .seconds(60),
        verifiedTokenCapacity: Int, clock: @escaping @Sendable () -> Date
    ) async throws(TokenAuthorityError) {
        if let secret {
            guard secret.utf8.count >= Self.minimumSecretLength else { throw .secretTooShort(secret.utf8.count) }
            let keys = JWTKeyCollection()
            await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
            secretKeys = keys
            secretKey = SymmetricKey(data: Data(secret.utf8))
        } else {
            guard identityProvider != nil else { throw .noKeys }
            secretKeys = nil
            secretKey = nil
        }
        self.identityProvider = identityProvider
        providerKeys = identityProvider.map { IdentityProviderKeys(source: $0.keySet, claimNames: $0.claimNames, refreshInterval: keySetRefreshInterval) }
        verified = VerifiedTokenCache(capacity: verifiedTokenCapacity)
        self.clock = clock
    }

    /// Reads the identity provider's key set, if one is configured.
    public func prepare() async throws(IdentityProviderKeysError) {
        try await providerKeys?.load()
    }

    /// A signed HS256 token for `tenant` with `role` (none: the token does everything), valid for `lifetime`.
    public func issue(
        tenant: String, role: Role? = nil, subject: String? = nil, lifetime: Duration = .seconds(86_400), now: Date = Date()
    ) async throws -> String {
        guard let secretKeys else { throw TokenAuthorityError.noSecret }
        let issued = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let expiration = issued.addingTimeInterval(Double(lifetime.components.seconds))
        return try await secretKeys.sign(TenantClaims(tenantID: tenant, role: role, subject: subject, expiration: expiration, issuedAt: issued))
    }

    /// The claims of `token` when it is well formed, signed with the secret (HS256) or a key of the identity
    /// provider (RS256, ES256; with the configured issuer and audience), and not expired.
    ///
    /// A token verified before is answered from memory while it has not expired; any other token, including one
    /// that differs from a remembered one only in its signature, is verified in full.
    public func verify(_ token: String) async throws(APIError) -> TenantClaims {
        let now = clock()
        if let claims = verified.claims(for: token, now: now) { return claims }
        guard let header = TokenHeader(token: token) else { throw .unauthorized("the token cannot be read") }
        let claims: TenantClaims
        switch header.algorithm {
        case "HS256"?:
            guard let secretKeys, let secretKey else { throw .unauthorized("the token must be signed by the identity provider (RS256 or ES256)") }
            if Self.hasWrongSignature(token, key: secretKey) { throw .unauthorized("the token's signature is wrong") }
            claims = try await Self.verify(token, with: secretKeys)
        case "RS256"?, "ES256"?:
            guard let providerKeys, let identityProvider else { throw .unauthorized("the token must be signed with HS256") }
            guard let (keys, algorithm) = await providerKeys.keys(for: header.keyID) else {
                throw .unauthorized("the token's key\(header.keyID.map { " \"\($0)\"" } ?? "") is not in the identity provider's key set")
            }
            guard algorithm == header.algorithm else { throw .unauthorized("the token's key is for \(algorithm), not \(header.algorithm ?? "")") }
            claims = try await Self.verify(token, with: keys.collection)
            if let issuer = identityProvider.issuer, claims.issuer?.value != issuer {
                throw .unauthorized("the token was not issued by \(issuer)")
            }
            if let audience = identityProvider.audience, !(claims.audience?.value.contains(audience) ?? false) {
                throw .unauthorized("the token is not meant for \(audience)")
            }
        default:
            throw .unauthorized(secretKeys == nil ? "the token must be signed with RS256 or ES256" : providerKeys == nil
                ? "the token must be signed with HS256" : "the token must be signed with HS256, RS256 or ES256")
        }
        guard now < claims.expiration.value else { throw .unauthorized("the token has expired") }
        verified.insert(claims, for: token)
        return claims
    }

    /// Whether `token` is three parts with a readable signature that is not `key`'s HMAC-SHA-256 of the first two
    /// (compared in constant time); a token this cannot read is left to the full verification to describe.
    static func hasWrongSignature(_ token: String, key: SymmetricKey) -> Bool {
        let utf8 = token.utf8
        guard let lastDot = utf8.lastIndex(of: UInt8(ascii: ".")), utf8[..<lastDot].contains(UInt8(ascii: ".")),
              let signature = Base64URL.decode(token[utf8.index(after: lastDot)...]) else { return false }
        let signed = token[..<lastDot]
        return !HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: Array(signed.utf8), using: key)
    }

    private static func verify(_ token: String, with keys: JWTKeyCollection) async throws(APIError) -> TenantClaims {
        do {
            return try await keys.verify(token, as: TenantClaims.self)
        } catch let problem as ClaimProblem {
            throw .unauthorized(problem.message)
        } catch let error as JWTError {
            switch error.errorType {
            case .claimVerificationFailure: throw .unauthorized("the token has expired or is not valid yet")
            case .signatureVerificationFailed: throw .unauthorized("the token's signature is wrong")
            default: throw .unauthorized("the token cannot be read")
            }
        } catch {
            throw .unauthorized("the token cannot be read")
        }
    }

    /// How many verified tokens are remembered.
    var cachedTokenCount: Int { verified.count }
}

/// Why a token authority cannot be made or cannot sign.
public enum TokenAuthorityError: Error, Sendable, Equatable, CustomStringConvertible {
    case secretTooShort(Int)
    case noKeys
    case noSecret

    public var description: String {
        switch self {
        case .secretTooShort(let length):
            "the JWT secret has \(length) bytes; HS256 needs at least \(TokenAuthority.minimumSecretLength)"
        case .noKeys: "tokens cannot be verified: set CURBSIDE_JWT_SECRET, or CURBSIDE_JWKS_FILE or CURBSIDE_JWKS_URL"
        case .noSecret: "this server has no JWT secret to sign with; its tokens come from the identity provider"
        }
    }
}
