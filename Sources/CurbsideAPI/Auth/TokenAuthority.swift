import Foundation
import JWTKit

/// Signs and verifies HS256 bearer tokens with one secret.
public struct TokenAuthority: Sendable {
    private let keys: JWTKeyCollection

    /// The shortest secret accepted, in bytes (HMAC-SHA-256 wants at least its output size).
    public static let minimumSecretLength = 32

    public init(secret: String) async throws(TokenAuthorityError) {
        guard secret.utf8.count >= Self.minimumSecretLength else { throw .secretTooShort(secret.utf8.count) }
        keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: .sha256)
    }

    /// A signed token for `tenant`, valid for `lifetime`.
    public func issue(tenant: String, subject: String? = nil, lifetime: Duration = .seconds(86_400), now: Date = Date()) async throws -> String {
        let issued = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        let expiration = issued.addingTimeInterval(Double(lifetime.components.seconds))
        return try await keys.sign(TenantClaims(tenantID: tenant, subject: subject, expiration: expiration, issuedAt: issued))
    }

    /// The claims of `token` when it is well formed, signed with our secret using HS256, and not expired.
    public func verify(_ token: String) async throws(APIError) -> TenantClaims {
        guard Self.headerAlgorithm(token) == "HS256" else {
            throw .unauthorized("the token must be signed with HS256")
        }
        do {
            return try await keys.verify(token, as: TenantClaims.self)
        } catch let error as JWTError {
            switch error.errorType {
            case .claimVerificationFailure: throw .unauthorized("the token has expired or lacks a tenant")
            case .signatureVerificationFailed: throw .unauthorized("the token's signature is wrong")
            default: throw .unauthorized("the token cannot be read")
            }
        } catch {
            throw .unauthorized("the token cannot be read")
        }
    }

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
