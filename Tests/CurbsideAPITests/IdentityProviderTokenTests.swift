@testable import CurbsideAPI
import Crypto
import CryptoExtras
import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// RS256 and ES256 tokens from an identity provider, verified against its JSON Web Key Set.
@Suite("Identity-provider tokens")
struct IdentityProviderTokenTests {
    static let rsa = try! _RSA.Signing.PrivateKey(keySize: .bits2048)
    static let otherRSA = try! _RSA.Signing.PrivateKey(keySize: .bits2048)
    static let ec = P256.Signing.PrivateKey()
    static let issuer = "https://idp.example.com/"
    static let audience = "curbside-api"
    static let names = ClaimNames(tenant: "https://curbside.example/tenant", role: "https://curbside.example/role")

    /// A key set file with the RSA and EC keys.
    static func keySetFile() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jwks-\(UUID().uuidString).json").path
        let keys = [try CompactJWT.jwk(rsa.publicKey, kid: "rsa-1"), CompactJWT.jwk(ec.publicKey, kid: "ec-1")]
        try CompactJWT.keySet(keys).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func authority(_ source: IdentityProviderKeys.Source? = nil, secret: String? = TestService.secret) async throws -> TokenAuthority {
        let provider = IdentityProviderConfiguration(
            keySet: try source ?? .file(keySetFile()), issuer: issuer, audience: audience, claimNames: names
        )
        let authority = try await TokenAuthority(secret: secret, identityProvider: provider)
        try await authority.prepare()
        return authority
    }

    /// Claims as the identity provider writes them, with `changes` applied (nil removes a claim).
    static func payload(_ changes: [String: Any?] = [:]) -> String {
        var claims: [String: Any] = [
            "iss": issuer, "aud": [audience, "other-api"], "sub": "auth0|123", "exp": Int(Date().timeIntervalSince1970) + 600,
            names.tenant: "acme", names.role: "editor",
        ]
        for (name, value) in changes { claims[name] = value }
        return String(decoding: try! JSONSerialization.data(withJSONObject: claims, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func rs256AndES256TokensAreAcceptedWithTheirTenantAndRole() async throws {
        let authority = try await Self.authority()
        let rsaClaims = try await authority.verify(try CompactJWT.rs256(Self.payload(), key: Self.rsa, kid: "rsa-1"))
        #expect(rsaClaims.tenantID == "acme" && rsaClaims.role == .editor && rsaClaims.subject?.value == "auth0|123")
        let ecClaims = try await authority.verify(try CompactJWT.es256(Self.payload([Self.names.role: "viewer"]), key: Self.ec, kid: "ec-1"))
        #expect(ecClaims.tenantID == "acme" && ecClaims.role == .viewer)
        // The server's own HS256 tokens keep working beside them.
        #expect(try await authority.verify(try await authority.issue(tenant: "acme", role: .viewer)).role == .viewer)
    }

    @Test("refused: wrong key, issuer, audience, expiry, alg swap, none, unknown kid, mismatched alg, no tenant", arguments: [
        "wrong key", "wrong issuer", "no issuer", "wrong audience", "expired", "HS256 with the public key", "alg none", "unknown kid",
        "RS256 header on the EC key", "no tenant claim", "tenant under the default name",
    ])
    func refused(kind: String) async throws {
        let authority = try await Self.authority()
        let publicPEM = Self.rsa.publicKey.pemRepresentation
        let token: String = switch kind {
        case "wrong key": try CompactJWT.rs256(Self.payload(), key: Self.otherRSA, kid: "rsa-1")
        case "wrong issuer": try CompactJWT.rs256(Self.payload(["iss": "https://evil.example.com/"]), key: Self.rsa, kid: "rsa-1")
        case "no issuer": try CompactJWT.rs256(Self.payload(["iss": nil]), key: Self.rsa, kid: "rsa-1")
        case "wrong audience": try CompactJWT.rs256(Self.payload(["aud": "billing-api"]), key: Self.rsa, kid: "rsa-1")
        case "expired": try CompactJWT.es256(Self.payload(["exp": Int(Date().timeIntervalSince1970) - 5]), key: Self.ec, kid: "ec-1")
        // The classic confusion: the RSA public key, known to everyone, used as an HMAC secret.
        case "HS256 with the public key": CompactJWT.hs256(Self.payload(), secret: publicPEM, header: ["kid": "rsa-1"])
        case "alg none": CompactJWT.signingInput(header: ["alg": "none", "kid": "rsa-1"], payload: Self.payload()) + "."
        case "unknown kid": try CompactJWT.rs256(Self.payload(), key: Self.rsa, kid: "rsa-2")
        case "RS256 header on the EC key": try CompactJWT.es256(Self.payload(), key: Self.ec, kid: "ec-1", alg: "RS256")
        case "no tenant claim": try CompactJWT.rs256(Self.payload([Self.names.tenant: nil]), key: Self.rsa, kid: "rsa-1")
        default: try CompactJWT.rs256(Self.payload([Self.names.tenant: nil, "tenant_id": "acme"]), key: Self.rsa, kid: "rsa-1")
        }
        await #expect(throws: APIError.self, "\(kind)") { try await authority.verify(token) }
        do {
            _ = try await authority.verify(token)
        } catch {
            #expect(error.status == .unauthorized && error.code == "unauthorized", "\(kind): \(error)")
        }
    }

    @Test func withoutASecretHS256TokensAreRefused() async throws {
        let authority = try await Self.authority(secret: nil)
        let token = CompactJWT.hs256(#"{"tenant_id":"acme","exp":\#(Int(Date().timeIntervalSince1970) + 600)}"#, secret: TestService.secret)
        await #expect(throws: APIError.self) { try await authority.verify(token) }
        await #expect(throws: TokenAuthorityError.noSecret) { try await authority.issue(tenant: "acme") }
        #expect(try await authority.verify(try CompactJWT.rs256(Self.payload(), key: Self.rsa, kid: "rsa-1")).tenantID == "acme")
    }

    @Test func keySetsWithoutAUsableKeyAreRefusedAtStart() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("jwks-\(UUID().uuidString).json").path
        try CompactJWT.keySet([["kty": "oct", "kid": "h", "k": "c2VjcmV0"], ["kty": "RSA", "kid": "enc", "use": "enc", "n": "AQAB", "e": "AQAB"]])
            .write(to: URL(fileURLWithPath: path))
        await #expect(throws: IdentityProviderKeysError.noUsableKey) { try await Self.authority(.file(path)) }
        await #expect(throws: IdentityProviderKeysError.self) { try await Self.authority(.file(path + ".missing")) }
    }

    /// A key set served over HTTP: fetched at start, fetched again for a token naming a key it lacks, at most
    /// once per refresh interval.
    @Test func aKeySetURLIsRefreshedForAnUnknownKidAtMostOncePerInterval() async throws {
        let fetches = Mutex(0)
        let served = Mutex(CompactJWT.keySet([try CompactJWT.jwk(Self.rsa.publicKey, kid: "rsa-1")]))
        let router = Router()
        router.get("jwks") { _, _ in
            fetches.withLock { $0 += 1 }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: served.withLock { $0 })))
        }
        let stub = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await stub.test(.live) { client in
            let url = "http://127.0.0.1:\(client.port!)/jwks"
            let provider = IdentityProviderConfiguration(keySet: .url(url), issuer: Self.issuer, audience: Self.audience, claimNames: Self.names)
            let authority = try await TokenAuthority(
                secret: nil, identityProvider: provider, keySetRefreshInterval: .seconds(5), verifiedTokenCapacity: 16, clock: { Date() }
            )
            try await authority.prepare()
            #expect(fetches.withLock { $0 } == 1)
            #expect(try await authority.verify(try CompactJWT.rs256(Self.payload(), key: Self.rsa, kid: "rsa-1")).tenantID == "acme")

            // The provider rotates to a new key. Within the interval the unknown kid is refused without a fetch.
            served.withLock { $0 = CompactJWT.keySet([try! CompactJWT.jwk(Self.otherRSA.publicKey, kid: "rsa-2")]) }
            let rotated = try CompactJWT.rs256(Self.payload(), key: Self.otherRSA, kid: "rsa-2")
            await #expect(throws: APIError.self) { try await authority.verify(rotated) }
            #expect(fetches.withLock { $0 } == 1)

            // After it, many requests with the new kid at once cause one fetch, and are accepted.
            try await Task.sleep(for: .milliseconds(5_200))
            let tenants = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<8 { group.addTask { try await authority.verify(rotated).tenantID } }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(tenants == Array(repeating: "acme", count: 8))
            #expect(fetches.withLock { $0 } == 2)
            // A kid nobody has: refused, and no fetch before the interval has passed again.
            await #expect(throws: APIError.self) { try await authority.verify(try CompactJWT.rs256(Self.payload(), key: Self.rsa, kid: "rsa-9")) }
            #expect(fetches.withLock { $0 } == 2)
        }
    }

    @Test func rolesFromTheProviderAreEnforcedByTheRoutes() async throws {
        let app = try await TestService(authority: try await Self.authority()).app
        let viewer = try CompactJWT.es256(Self.payload([Self.names.role: "viewer"]), key: Self.ec, kid: "ec-1")
        let admin = try CompactJWT.rs256(Self.payload([Self.names.role: ["admin"]]), key: Self.rsa, kid: "rsa-1")
        try await app.test(.router) { client in
            try await client.execute(uri: "/api/service-zones", method: .get, headers: [.authorization: "Bearer \(viewer)"]) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/service-zones/sz_downtown_core", method: .delete, headers: [.authorization: "Bearer \(viewer)"]) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/api/service-zones/sz_downtown_core", method: .delete, headers: [.authorization: "Bearer \(admin)"]) {
                #expect($0.status == .noContent)
            }
        }
    }
}
