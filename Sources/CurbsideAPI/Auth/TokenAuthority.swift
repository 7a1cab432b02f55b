import Foundation
import JWTKit

/// Signs and verifies HS256 bearer tokens with one secret.
public struct TokenAuthority: Sendable {
    private let keys: JWTKeyCollection
    /// Tokens already verified, answered without another signature check until they expire.
    private let verified: VerifiedTokenCache
    /// The time `exp` is checked against.
    private let clock: @Sendable () -> Date

    /// The shortest secret accepted, in bytes (HMAC-SHA-256 wants at least its output size).
    public static let minimumSecretLength = 32

    /// An authority for `secret`.
    public init(secret: String) async throws(TokenAuthorityError) {
        try await self.init(secret: secret, verifiedTokenCapacity: 4096, clock: { Date() })
    }

    /// An authority for `secret` that remembers up to `verifiedTokenCapacity` verified tokens and checks `exp`
    /// against `clock` (as well as against the system clock, which jwt-kit uses).
    init(secret: String, verifiedTokenCapacity: Int, clock: @escaping @Sendable () -> Date) async throws(TokenAuthorityError) {
        guard secret.utf8.count >= Self.minimumSecretLength else { throw .secretTooShort(secret.utf8.count) }
        keys = JWTKeyCollection()
        verified = VerifiedTokenCache(capacity: verifiedTokenCapacity)
        self.clock = clock
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
    }

    /// A signed token for `tenant`, valid for `lifetime`.
    public func issue(tenant: String, subject: String? = nil, lifetime: Duration = .seconds(86_400), now: Date = Date()) async throws -> String {
        let issued = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let expiration = issued.addingTimeInterval(Double(lifetime.components.seconds))
        return try await keys.sign(TenantClaims(tenantID: tenant, subject: subject, expiration: expiration, issuedAt: issued))
    }

    /// The claims of `token` when it is well formed, signed with our secret using HS256, and not expired.
    ///
    /// A token verified before is answered from memory while it has not expired; any other token, including one
    /// that differs from a remembered one only in its signature, is verified in full.
    public func verify(_ token: String) async throws(APIError) -> TenantClaims {
        let now = clock()
        if let claims = verified.claims(for: token, now: now) { return claims }
        guard Self.headerAlgorithm(token) == "HS256" else {
            throw .unauthorized("the token must be signed with HS256")
        }
        let claims: TenantClaims
        do {
            claims = try await keys.verify(token, as: TenantClaims.self)
        } catch let error as JWTError {
            switch error.errorType {
            case .claimVerificationFailure: throw .unauthorized("the token has expired or lacks a tenant")
            case .signatureVerificationFailed: throw .unauthorized("the token's signature is wrong")
            default: throw .unauthorized("the token cannot be read")
            }
        } catch {
            throw .unauthorized("the token cannot be read")
        }
        guard now < claims.expiration.value else { throw .unauthorized("the token has expired or lacks a tenant") }
        verified.insert(claims, for: token)
        return claims
    }

    /// How many verified tokens are remembered.
    var cachedTokenCount: Int { verified.count }

    /// The `alg` of a token's header, or nil when the header cannot be read.
    static func headerAlgorithm(_ token: String) -> String? {
        guard let header = token.split(separator: ".", omittingEmptySubsequences: false).first else { return nil }
        var base64 = header.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["alg"] as? String
    }
}

/// Why a token authority cannot be made.
public enum TokenAuthorityError: Error, Sendable, Equatable, CustomStringConvertible {
    case secretTooShort(Int)

    public var description: String {
        switch self {
        case .secretTooShort(let length):
            "the JWT secret has \(length) bytes; HS256 needs at least \(TokenAuthority.minimumSecretLength)"
        }
    }
}
