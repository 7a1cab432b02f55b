import CurbsideAPI
import Foundation
import Hummingbird
import HummingbirdTesting
import JWTKit
import Testing

@Suite("Authentication")
struct AuthenticationTests {
    func status(_ service: TestService, authorization: String?) async throws -> (HTTPResponse.Status, String?) {
        try await service.app.test(.router) { client in
            var headers: HTTPFields = [.contentType: "application/json"]
            if let authorization { headers[.authorization] = authorization }
            return try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: #"{"lat":30.27,"lng":-97.74}"#.buffer) {
                ($0.status, errorCode($0.body))
            }
        }
    }

    /// Claims with any fields, for tokens the service did not issue.
    struct LooseClaims: JWTPayload {
        var tenant_id: String?
        var exp: ExpirationClaim
        var nbf: NotBeforeClaim?

        func verify(using algorithm: some JWTAlgorithm) throws {}
    }

    /// A token with `claims`, signed by jwt-kit with `secret` and `digest`.
    func signed(_ claims: LooseClaims, secret: String, digest: DigestAlgorithm = .sha256) async throws -> String {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: secret), digestAlgorithm: digest)
        return try await keys.sign(claims)
    }

    /// An unsigned token (`alg: none`).
    func unsigned(_ claims: [String: Any]) -> String {
        func part(_ object: [String: Any]) -> String {
            (try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])).base64URL
        }
        return part(["alg": "none", "typ": "JWT"]) + "." + part(claims) + "."
    }

    @Test func aValidTokenIsAccepted() async throws {
        let service = try await TestService()
        let (status, _) = try await self.status(service, authorization: "Bearer \(try await service.token())")
        #expect(status == .ok)
    }

    @Test func anyHS256TokenWithTheSecretAndATenantIsAccepted() async throws {
        let service = try await TestService()
        let token = try await signed(LooseClaims(tenant_id: "acme", exp: .init(value: Date() + 60)), secret: TestService.secret)
        #expect(try await status(service, authorization: "Bearer \(token)").0 == .ok)
    }

    @Test("missing, malformed, expired, not yet valid, forged and unsigned tokens get 401", arguments: [
        "missing", "not bearer", "empty bearer", "garbage", "expired", "not yet valid", "wrong secret", "alg none", "no tenant", "HS512",
    ])
    func rejected(kind: String) async throws {
        let service = try await TestService()
        let later = ExpirationClaim(value: Date() + 60)
        let authorization: String? = switch kind {
        case "missing": nil
        case "not bearer": "Basic YWxhZGRpbjpvcGVuc2VzYW1l"
        case "empty bearer": "Bearer "
        case "garbage": "Bearer abc.def.ghi"
        case "expired": "Bearer " + (try await service.services.authority.issue(tenant: "acme", lifetime: .seconds(60), now: Date() - 120))
        case "not yet valid": "Bearer " + (try await signed(LooseClaims(tenant_id: "acme", exp: later, nbf: .init(value: Date() + 30)), secret: TestService.secret))
        case "wrong secret": "Bearer " + (try await signed(LooseClaims(tenant_id: "acme", exp: later), secret: String(repeating: "x", count: 40)))
        case "alg none": "Bearer " + unsigned(["tenant_id": "acme", "exp": Date().timeIntervalSince1970 + 60])
        case "no tenant": "Bearer " + (try await signed(LooseClaims(tenant_id: nil, exp: later), secret: TestService.secret))
        default: "Bearer " + (try await signed(LooseClaims(tenant_id: "acme", exp: later), secret: String(repeating: TestService.secret, count: 2), digest: .sha512))
        }
        let (status, code) = try await self.status(service, authorization: authorization)
        #expect(status == .unauthorized)
        #expect(code == "unauthorized")
    }

    @Test func healthAndTheContractNeedNoToken() async throws {
        let service = try await TestService()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.body.json["status"] as? String == "ok")
            }
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.body.json["openapi"] as? String == "3.1.0")
            }
            try await client.execute(uri: "/metrics", method: .get) { #expect($0.status == .unauthorized) }
        }
    }

    @Test func shortSecretsAreRefused() async {
        await #expect(throws: TokenAuthorityError.secretTooShort(5)) { try await TokenAuthority(secret: "short") }
    }
}

extension Data {
    var base64URL: String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
