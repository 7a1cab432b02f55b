import Foundation
import Synchronization

/// Tokens that passed full verification, with their claims, so a token presented again is accepted without
/// another signature check until it expires.
///
/// Entries are keyed by the whole token text, signature included: a token that differs in any byte is a miss
/// and is verified in full. An entry is answered only while its `exp` lies in the future (the same rule as
/// verification), so an expired token is refused even when it is cached. Holds at most `capacity` tokens,
/// dropping the oldest insertion first.
final class VerifiedTokenCache: Sendable {
    private struct State {
        var claims: [String: TenantClaims] = [:]
        /// Tokens in insertion order, as a ring of `capacity` slots.
        var order: [String] = []
        var next = 0
    }

    /// The most tokens kept.
    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int = 4096) {
        self.capacity = max(1, capacity)
    }

    /// The claims of `token` when it was verified before and has not expired at `now`.
    func claims(for token: String, now: Date = Date()) -> TenantClaims? {
        guard let claims = state.withLock({ $0.claims[token] }) else { return nil }
        guard now < claims.expiration.value else {
            state.withLock { _ = $0.claims.removeValue(forKey: token) }
            return nil
        }
        return claims
    }

    /// Remembers that `token` verified with `claims`.
    func insert(_ claims: TenantClaims, for token: String) {
        state.withLock { state in
            guard state.claims.updateValue(claims, forKey: token) == nil else { return }
            if state.order.count < capacity {
                state.order.append(token)
            } else {
                let evicted = state.order[state.next]
                if evicted != token { state.claims.removeValue(forKey: evicted) }
                state.order[state.next] = token
                state.next = (state.next + 1) % capacity
            }
        }
    }

    /// How many tokens are held.
    var count: Int { state.withLock { $0.claims.count } }
}
