/// An e-mail to send: one recipient, a subject and a plain-text body.
public struct OutgoingEmail: Sendable, Equatable, Codable {
    public var to: String
    public var subject: String
    public var body: String

    public init(to: String, subject: String, body: String) {
        self.to = to
        self.subject = subject
        self.body = body
    }
}

extension OutgoingEmail {
    /// The welcome e-mail a new customer gets, or nil when the customer has no e-mail address.
    public static func welcome(_ customer: Customer) -> OutgoingEmail? {
        guard let address = customer.email else { return nil }
        let greeting = customer.firstName ?? customer.name
        return OutgoingEmail(
            to: address,
            subject: "Welcome, \(greeting)!",
            body: """
                Hi \(greeting),

                Thank you for signing up. Your account is set up and we will be in touch before your first service day.

                Reply to this e-mail if you have any questions.
                """
        )
    }
}
