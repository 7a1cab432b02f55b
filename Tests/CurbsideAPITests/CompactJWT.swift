import Crypto
import CryptoExtras
import Foundation

/// Compact JWTs put together by hand, so tests can sign any header and payload with any key: the tokens an
/// identity provider issues, and forgeries.
enum CompactJWT {
    /// `header.payload.` before the signature.
    static func signingInput(header: [String: Any], payload: String) -> String {
        let headerJSON = try! JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
        return headerJSON.base64URL + "." + Data(payload.utf8).base64URL
    }

    /// `payload` (JSON text) signed with HMAC-SHA-256 under `secret`, with `header`'s fields besides `alg: HS256`.
    static func hs256(_ payload: String, secret: String, header: [String: Any] = [:]) -> String {
        let input = signingInput(header: header.merging(["alg": "HS256", "typ": "JWT"]) { $1 }, payload: payload)
        let mac = HMAC<SHA256>.authenticationCode(for: Data(input.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return input + "." + Data(mac).base64URL
    }

    /// `payload` signed with RS256 under `key`, its header naming `kid`.
    static func rs256(_ payload: String, key: _RSA.Signing.PrivateKey, kid: String?, alg: String = "RS256") throws -> String {
        var header: [String: Any] = ["alg": alg, "typ": "JWT"]
        header["kid"] = kid
        let input = signingInput(header: header, payload: payload)
        let signature = try key.signature(for: SHA256.hash(data: Data(input.utf8)), padding: .insecurePKCS1v1_5)
        return input + "." + signature.rawRepresentation.base64URL
    }

    /// `payload` signed with ES256 under `key`, its header naming `kid`.
    static func es256(_ payload: String, key: P256.Signing.PrivateKey, kid: String?, alg: String = "ES256") throws -> String {
        var header: [String: Any] = ["alg": alg, "typ": "JWT"]
        header["kid"] = kid
        let input = signingInput(header: header, payload: payload)
        return input + "." + (try key.signature(for: Data(input.utf8))).rawRepresentation.base64URL
    }

    /// The public JWK of `key`.
    static func jwk(_ key: _RSA.Signing.PublicKey, kid: String, alg: String? = "RS256") throws -> [String: Any] {
        let primitives = try key.getKeyPrimitives()
        var jwk: [String: Any] = ["kty": "RSA", "kid": kid, "use": "sig", "n": primitives.modulus.base64URL, "e": primitives.publicExponent.base64URL]
        jwk["alg"] = alg
        return jwk
    }

    /// The public JWK of `key`.
    static func jwk(_ key: P256.Signing.PublicKey, kid: String) -> [String: Any] {
        let raw = key.x963Representation  // 0x04 || x || y
        return ["kty": "EC", "crv": "P-256", "kid": kid, "alg": "ES256", "x": raw[1..<33].base64URL, "y": raw[33...].base64URL]
    }

    /// A JWKS document of `keys`.
    static func keySet(_ keys: [[String: Any]]) -> Data {
        try! JSONSerialization.data(withJSONObject: ["keys": keys], options: [.sortedKeys])
    }
}
