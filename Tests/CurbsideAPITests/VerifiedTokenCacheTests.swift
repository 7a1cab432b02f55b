@testable import CurbsideAPI
import Crypto
import Foundation
import JWTKit
import Synchronization
import Testing

@Suite("Verified-token cache")
struct VerifiedTokenCacheTests {
    static let secret = TestService.secret

    /// A clock the test moves by hand.
    final class TestClock: Sendable {
        private let time = Mutex(Date())
        var now: Date { time.withLock { $0 } }
        func advance(by seconds: TimeInterval) { time.withLock { $0 += seconds } }
    }

    func authority(clock: TestClock, capacity: Int = 16) async throws -> TokenAuthority {
        try await TokenAuthority(secret: Self.secret, verifiedTokenCapacity: capacity, clock: { clock.now })
    }

    @Test func aVerifiedTokenIsRememberedAndAnsweredAgain() async throws {
        let clock = TestClock()
        let authority = try await authority(clock: clock)
        let token = try await authority.issue(tenant: "acme", subject: "ops", lifetime: .seconds(600))
        let first = try await authority.verify(token)
        #expect(authority.cachedTokenCount == 1)
        let second = try await authority.verify(token)
        #expect(first == second)
        #expect(second.tenantID == "acme" && second.subject?.value == "ops")
    }

    @Test func aCachedTokenIsRefusedOnceItExpires() async throws {
        let clock = TestClock()
        let authority = try await authority(clock: clock)
        let token = try await authority.issue(tenant: "acme", lifetime: .seconds(60), now: clock.now)
        _ = try await authority.verify(token)
        #expect(authority.cachedTokenCount == 1)
        clock.advance(by: 61)
        await #expect(throws: APIError.self) { try await authority.verify(token) }
        // Exactly at `exp` it is expired too, as jwt-kit has it.
        let exact = try await authority.issue(tenant: "acme", lifetime: .seconds(120), now: clock.now)
        _ = try await authority.verify(exact)
        clock.advance(by: 120)
        await #expect(throws: APIError.self) { try await authority.verify(exact) }
    }

    @Test func aTokenDifferingOnlyInItsSignatureIsNotTakenFromTheCache() async throws {
        let clock = TestClock()
        let authority = try await authority(clock: clock)
        let token = try await authority.issue(tenant: "acme", lifetime: .seconds(600))
        _ = try await authority.verify(token)
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        // The same header and claims, byte for byte, signed (HS256) with another secret.
        let signingInput = parts[0] + "." + parts[1]
        let otherKey = SymmetricKey(data: Data(String(repeating: "k", count: 40).utf8))
        let mac = Data(HMAC<SHA256>.authenticationCode(for: Data(signingInput.utf8), using: otherKey))
        let forged = signingInput + "." + mac.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        #expect(forged.split(separator: ".").prefix(2) == parts.prefix(2))
        await #expect(throws: APIError.self) { try await authority.verify(forged) }
        // One changed character of the signature, and the signature dropped.
        var signature = Array(parts[2])
        signature[signature.count / 2] = signature[signature.count / 2] == "A" ? "B" : "A"
        await #expect(throws: APIError.self) { try await authority.verify(parts[0] + "." + parts[1] + "." + String(signature)) }
        await #expect(throws: APIError.self) { try await authority.verify(parts[0] + "." + parts[1] + ".") }
        await #expect(throws: APIError.self) { try await authority.verify(parts[0] + "." + parts[1]) }
        #expect(authority.cachedTokenCount == 1)
    }

    @Test func theCacheHoldsAtMostItsCapacity() async throws {
        let clock = TestClock()
        let authority = try await authority(clock: clock, capacity: 4)
        var tokens: [String] = []
        for tenant in 0..<10 {
            let token = try await authority.issue(tenant: "t\(tenant)", lifetime: .seconds(600))
            tokens.append(token)
            _ = try await authority.verify(token)
            #expect(authority.cachedTokenCount <= 4)
        }
        #expect(authority.cachedTokenCount == 4)
        // An evicted token is verified again in full, and still accepted.
        #expect(try await authority.verify(tokens[0]).tenantID == "t0")
    }

    @Test func refusedTokensAreNotRemembered() async throws {
        let clock = TestClock()
        let authority = try await authority(clock: clock)
        let expired = try await authority.issue(tenant: "acme", lifetime: .seconds(60), now: clock.now - 120)
        await #expect(throws: APIError.self) { try await authority.verify(expired) }
        await #expect(throws: APIError.self) { try await authority.verify("abc.def.ghi") }
        #expect(authority.cachedTokenCount == 0)
    }
}
