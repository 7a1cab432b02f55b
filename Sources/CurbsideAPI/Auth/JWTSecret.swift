import CurbsideStore
import Foundation

/// Where the server's JWT secret comes from: the configuration (`CURBSIDE_JWT_SECRET`), else a file beside the
/// SQLite database, generated on first use. With PostgreSQL the configuration must give it: every replica needs
/// the same one.
public struct JWTSecret: Sendable, Equatable {
    /// The secret.
    public var value: String
    /// The file it was read from or written to, when it did not come from the environment.
    public var file: String?
    /// Whether it was generated just now.
    public var generated: Bool

    /// The secret for a server configured with `configured` (nil when none was) whose database is at `databasePath`.
    public static func resolve(configured: String?, databasePath: String) throws -> JWTSecret {
        if let value = configured, !value.isEmpty {
            return JWTSecret(value: value, file: nil, generated: false)
        }
        if StorageLocation.isPostgres(databasePath) {
            throw JWTSecretError.requiredForPostgres
        }
        let file = secretPath(forDatabase: databasePath)
        if let stored = try? String(contentsOfFile: file, encoding: .utf8) {
            let value = stored.trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { return JWTSecret(value: value, file: file, generated: false) }
        }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<48).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let value = Data(bytes).base64EncodedString()
        guard FileManager.default.createFile(atPath: file, contents: Data((value + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file])
        }
        return JWTSecret(value: value, file: file, generated: true)
    }

    /// `curbside.sqlite` → `curbside.sqlite.jwt-secret`.
    public static func secretPath(forDatabase databasePath: String) -> String {
        databasePath + ".jwt-secret"
    }
}

/// Why no JWT secret could be found.
public enum JWTSecretError: Error, CustomStringConvertible {
    case requiredForPostgres

    public var description: String {
        "CURBSIDE_JWT_SECRET must be set with a PostgreSQL database: every replica must verify the same tokens"
    }
}

extension CurbsideConfiguration {
    /// The HS256 secret the server verifies with: `JWTSecret.resolve`'s, except that a PostgreSQL server that takes
    /// an identity provider's tokens needs none (nil: HS256 tokens are refused).
    public func resolveSecret() throws -> JWTSecret? {
        if jwtSecret == nil, identityProvider != nil, StorageLocation.isPostgres(database.location) { return nil }
        return try JWTSecret.resolve(configured: jwtSecret, databasePath: database.location)
    }
}
