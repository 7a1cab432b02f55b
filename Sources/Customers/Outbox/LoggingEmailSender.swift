import Foundation

/// An e-mail "sender" that only writes a line per e-mail to a log: the default when no mail service is configured.
public struct LoggingEmailSender: EmailSending {
    let log: @Sendable (String) -> Void

    /// A sender that reports each e-mail through `log` (by default, a line on standard error).
    public init(log: @escaping @Sendable (String) -> Void = LoggingEmailSender.standardError) {
        self.log = log
    }

    public func send(_ email: OutgoingEmail, idempotencyKey: String) async throws {
        log("e-mail to \(email.to) (idempotency key \(idempotencyKey)): \(email.subject)")
    }

    /// Writes `line` and a newline to standard error.
    public static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
