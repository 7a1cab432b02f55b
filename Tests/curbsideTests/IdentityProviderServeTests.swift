import Crypto
import CryptoExtras
import Foundation
import Testing

/// `curbside serve` with an identity provider's key set, roles, and the operators' metrics listener, end to end.
@Suite("serve with identity-provider tokens, roles and the metrics listener")
struct IdentityProviderServeTests {
    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// An RS256 token over `claims`, signed with `key` and naming `kid`.
    static func rs256(_ claims: [String: Any], key: _RSA.Signing.PrivateKey, kid: String) throws -> String {
        let header = base64URL(try JSONSerialization.data(withJSONObject: ["alg": "RS256", "typ": "JWT", "kid": kid]))
        let input = header + "." + base64URL(try JSONSerialization.data(withJSONObject: claims))
        let signature = try key.signature(for: SHA256.hash(data: Data(input.utf8)), padding: .insecurePKCS1v1_5)
        return input + "." + base64URL(signature.rawRepresentation)
    }

    @Test func rs256TokensRolesAndTheMetricsListener() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-idp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let key = try _RSA.Signing.PrivateKey(keySize: .bits2048)
        let primitives = try key.publicKey.getKeyPrimitives()
        let jwks = ["keys": [["kty": "RSA", "kid": "idp-key-1", "alg": "RS256", "use": "sig", "n": Self.base64URL(primitives.modulus), "e": Self.base64URL(primitives.publicExponent)]]]
        let jwksFile = directory.appendingPathComponent("jwks.json")
        try JSONSerialization.data(withJSONObject: jwks).write(to: jwksFile)

        let metricsPort = freeLoopbackPort()
        let server = ServerProcess(
            database: directory.appendingPathComponent("idp.sqlite").path,
            environment: [
                "CURBSIDE_JWKS_FILE": jwksFile.path, "CURBSIDE_JWT_ISSUER": "https://idp.example.com/", "CURBSIDE_JWT_AUDIENCE": "curbside",
                "CURBSIDE_JWT_TENANT_CLAIM": "https://curbside.example/tenant", "CURBSIDE_JWT_ROLE_CLAIM": "https://curbside.example/roles",
            ],
            metricsPort: metricsPort
        )
        try await server.start()
        defer { server.stop() }
        func claims(role: Any, issuer: String = "https://idp.example.com/") -> [String: Any] {
            [
                "iss": issuer, "aud": "curbside", "sub": "user-1", "exp": Int(Date().timeIntervalSince1970) + 600,
                "https://curbside.example/tenant": "acme", "https://curbside.example/roles": role,
            ]
        }
        let editor = ServerClient(port: server.port, token: try Self.rs256(claims(role: ["editor"]), key: key, kid: "idp-key-1"))
        #expect(try await editor.request("POST", "/api/customers", json: JSONBody(["name": "From the IdP"])).status == 201)
        #expect(try await editor.request("GET", "/api/customers?search=From+the+IdP").body.count > 0)
        let zone: [String: Any] = ["name": "Nope", "boundary": ["type": "Polygon", "coordinates": [[[-100, 45], [-99, 45], [-99, 46], [-100, 45]]]]]
        #expect(try await editor.request("POST", "/api/service-zones", json: JSONBody(zone)).status == 403)
        let foreign = ServerClient(port: server.port, token: try Self.rs256(claims(role: "admin", issuer: "https://evil.example.com/"), key: key, kid: "idp-key-1"))
        #expect(try await foreign.request("GET", "/api/customers").status == 401)

        // The server's own HS256 tokens (from the secret kept beside the database) carry roles too.
        let (status, output) = try tokenCommand(["--tenant", "acme", "--role", "viewer", "--db", server.database])
        #expect(status == 0)
        let viewer = ServerClient(port: server.port, token: output)
        #expect(try await viewer.request("GET", "/api/customers").status == 200)
        #expect(try await viewer.request("POST", "/api/customers", json: JSONBody(["name": "Viewer"])).status == 403)
        #expect(try tokenCommand(["--tenant", "acme", "--role", "owner", "--db", server.database]).status != 0)

        // Tenants get 403 for the metrics on the main port; the listener serves them without a token.
        #expect(try await editor.request("GET", "/metrics").status == 403)
        let (metrics, metricsStatus) = try await ServerClient(port: metricsPort, token: "").request("GET", "/metrics")
        #expect(metricsStatus == 200)
        #expect(String(decoding: metrics, as: UTF8.self).contains(#"curbside_http_requests_total{route="/api/customers",method="POST",status="201"}"#))
    }

    /// Runs `curbside token` with `arguments`; its status and the token it printed.
    func tokenCommand(_ arguments: [String]) throws -> (status: Int32, token: String) {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("curbside")
        process.arguments = ["token"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["CURBSIDE_JWT_SECRET"] = nil
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let token = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        process.waitUntilExit()
        return (process.terminationStatus, token)
    }
}
