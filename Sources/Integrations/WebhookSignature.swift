import Crypto
import Foundation

/// The `Curbside-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` keyed with the
/// subscription's secret (Stripe's scheme, so its verifiers fit).
public enum WebhookSignature {
    /// The header value for `body` sent at `date`.
    public static func header(secret: String, body: Data, at date: Date) -> String {
        let timestamp = Int(date.timeIntervalSince1970)
        return "t=\(timestamp),v1=\(hex(secret: secret, timestamp: timestamp, body: body))"
    }

    /// The hex HMAC-SHA256 of `"<timestamp>.<body>"` keyed with `secret`.
    public static func hex(secret: String, timestamp: Int, body: Data) -> String {
        var message = Data("\(timestamp).".utf8)
        message.append(body)
        let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: Data(secret.utf8)))
        return code.map { String(format: "%02x", $0) }.joined()
    }
}
