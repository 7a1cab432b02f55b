@testable import CurbsideAPI
import Crypto
import Foundation
import Testing

@Suite("HS256 signature check before parsing")
struct TokenSignatureCheckTests {
    static let key = SymmetricKey(data: Data(TestService.secret.utf8))

    @Test func base64URLDecodesWhatFoundationEncodes() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<200 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let standard = Data(bytes).base64EncodedString()
            let url = standard.replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            #expect(Base64URL.decode(Substring(url)) == bytes, "\(length) bytes, padded")
            let unpadded = url.replacingOccurrences(of: "=", with: "")
            #expect(Base64URL.decode(Substring(unpadded)) == bytes, "\(length) bytes, unpadded")
        }
    }

    @Test(arguments: ["a", "abcde", "ab=c", "ab c", "ab.c", "é", "abc=d"])
    func base64URLRefusesWhatIsNotBase64URL(_ text: String) {
        #expect(Base64URL.decode(Substring(text)) == nil)
    }

    @Test func aTokenSignedWithTheSecretPasses() async throws {
        let authority = try await TokenAuthority(secret: TestService.secret)
        let token = try await authority.issue(tenant: "acme")
        #expect(!TokenAuthority.hasWrongSignature(token, key: Self.key))
        #expect(try await authority.verify(token).tenantID == "acme")
    }

    @Test func aTokenWithAnotherSignatureIsRefusedBeforeParsing() async throws {
        let authority = try await TokenAuthority(secret: TestService.secret)
        let token = try await authority.issue(tenant: "acme")
        let other = try await TokenAuthority(secret: String(repeating: "x", count: 40)).issue(tenant: "acme")
        let forged = token[..<token.lastIndex(of: ".")!] + other[other.lastIndex(of: ".")!...]
        #expect(TokenAuthority.hasWrongSignature(String(forged), key: Self.key))
        await #expect(throws: APIError.unauthorized("the token's signature is wrong")) {
            try await authority.verify(String(forged))
        }
        // Another payload under the original signature.
        let parts = token.split(separator: ".")
        let payload = Data(#"{"tenant":"globex","exp":9999999999}"#.utf8).base64EncodedString()
            .replacingOccurrences(of: "=", with: "").replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        #expect(TokenAuthority.hasWrongSignature("\(parts[0]).\(payload).\(parts[2])", key: Self.key))
    }

    @Test(arguments: ["", "abc", "a.b", "a.b.c d", "a.b.!!"])
    func anUnreadableTokenIsLeftToTheFullVerification(_ token: String) {
        #expect(!TokenAuthority.hasWrongSignature(token, key: Self.key))
    }
}
