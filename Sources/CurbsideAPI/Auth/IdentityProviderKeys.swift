import AsyncHTTPClient
import Foundation
import JWTKit
import OutgoingHTTP

/// The public keys of an identity provider, from a JSON Web Key Set in a file (`CURBSIDE_JWKS_FILE`) or at a URL
/// (`CURBSIDE_JWKS_URL`, fetched at start and again when a token names a key it does not hold, at most once per
/// `refreshInterval`). Only RSA keys (for RS256) and P-256 keys (for ES256) meant for signatures are kept.
public actor IdentityProviderKeys {
    /// Where the key set comes from.
    public enum Source: Sendable, Equatable, CustomStringConvertible {
        case file(String)
        case url(String)

        public var description: String {
            switch self {
            case .file(let path): "the JSON Web Key Set file \(path)"
            case .url(let url): "the JSON Web Key Set at \(url)"
            }
        }
    }

    /// The keys of one reading of the set.
    struct KeySet: Sendable {
        /// Verifies with the key a token's `kid` names.
        let collection: JWTKeyCollection
        /// The algorithm each key verifies, by `kid`.
        let algorithms: [String: String]
    }

    let source: Source
    let claimNames: ClaimNames
    let refreshInterval: Duration
    private var current: KeySet?
    private var lastRead: ContinuousClock.Instant?
    private var reading: Task<KeySet, any Error>?

    init(source: Source, claimNames: ClaimNames, refreshInterval: Duration = .seconds(60)) {
        self.source = source
        self.claimNames = claimNames
        self.refreshInterval = refreshInterval
    }

    /// Reads the set now; fails with a message naming the source when it cannot be read or holds no usable key.
    func load() async throws(IdentityProviderKeysError) {
        do {
            _ = try await read()
        } catch let error as IdentityProviderKeysError {
            throw error
        } catch {
            throw .unreadable(source: source.description, reason: String(describing: error))
        }
    }

    /// The keys to verify a token whose header names `keyID`: the set as read, read again first when it lacks
    /// that key and the last reading is older than the refresh interval. Nil when no reading has the key.
    func keys(for keyID: String?) async -> (set: KeySet, algorithm: String)? {
        if let set = current, let algorithm = Self.algorithm(of: keyID, in: set) { return (set, algorithm) }
        // A reading in flight is waited for; a new one starts only once the last is old enough.
        let set: KeySet?
        if let reading {
            set = try? await reading.value
        } else if case .url = source, lastRead.map({ ContinuousClock.now - $0 >= refreshInterval }) ?? true {
            set = try? await read()
        } else {
            set = nil
        }
        guard let set, let algorithm = Self.algorithm(of: keyID, in: set) else { return nil }
        return (set, algorithm)
    }

    /// The algorithm of the key `keyID` names; a token without `kid` may use the only key of a one-key set.
    private static func algorithm(of keyID: String?, in set: KeySet) -> String? {
        if let keyID { return set.algorithms[keyID] }
        return set.algorithms.count == 1 ? set.algorithms.values.first : nil
    }

    /// Reads the set once, however many callers ask at the same time.
    private func read() async throws -> KeySet {
        if let reading { return try await reading.value }
        let task = Task { [source, claimNames] in try await Self.keySet(from: try await Self.text(of: source), claimNames: claimNames) }
        reading = task
        defer { reading = nil }
        lastRead = .now
        let set = try await task.value
        current = set
        return set
    }

    private static func text(of source: Source) async throws -> Data {
        switch source {
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else { throw IdentityProviderKeysError.unreadable(source: source.description, reason: "no such file") }
            return data
        case .url(let url):
            let response = try await OutgoingHTTP.send(
                .get, url, headers: [("Accept", "application/json")], client: .shared, timeout: .seconds(10), maximumBodySize: 1 << 20
            )
            guard response.status == 200 else { throw IdentityProviderKeysError.unreadable(source: source.description, reason: response.summary) }
            return response.body
        }
    }

    /// The usable keys of a JWKS document: RSA keys as RS256, P-256 keys as ES256, each with its `kid`; keys of
    /// other types, curves or algorithms, keys meant for encryption and keys without `kid` are left out.
    static func keySet(from data: Data, claimNames: ClaimNames) async throws -> KeySet {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let entries = object["keys"] as? [[String: Any]] else {
            throw IdentityProviderKeysError.notAKeySet
        }
        let collection = JWTKeyCollection(defaultJWTParser: DefaultJWTParser(jsonDecoder: claimNames.decoder()))
        var algorithms: [String: String] = [:]
        for entry in entries {
            guard let kid = entry["kid"] as? String, (entry["use"] as? String ?? "sig") == "sig" else { continue }
            let algorithm: String
            switch (entry["kty"] as? String, entry["crv"] as? String, entry["alg"] as? String) {
            case ("RSA", _, nil), ("RSA", _, "RS256"?): algorithm = "RS256"
            case ("EC", "P-256"?, nil), ("EC", "P-256"?, "ES256"?): algorithm = "ES256"
            default: continue
            }
            var publicOnly = entry.filter { ["kty", "kid", "n", "e", "crv", "x", "y"].contains($0.key) }
            publicOnly["alg"] = algorithm
            guard let json = try? JSONSerialization.data(withJSONObject: publicOnly), let jwk = try? JSONDecoder().decode(JWK.self, from: json),
                  (try? await collection.add(jwk: jwk)) != nil
            else { continue }
            algorithms[kid] = algorithm
        }
        guard !algorithms.isEmpty else { throw IdentityProviderKeysError.noUsableKey }
        return KeySet(collection: collection, algorithms: algorithms)
    }
}

/// Why an identity provider's key set cannot be used.
public enum IdentityProviderKeysError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(source: String, reason: String)
    case notAKeySet
    case noUsableKey

    public var description: String {
        switch self {
        case .unreadable(let source, let reason): "\(source) cannot be read: \(reason)"
        case .notAKeySet: "the JSON Web Key Set is not a JSON object with a \"keys\" array"
        case .noUsableKey: "the JSON Web Key Set holds no RS256 (RSA) or ES256 (P-256) signing key with a kid"
        }
    }
}
