/// Why an address could not be parsed.
public struct AddressParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input as given.
    public var input: String
    /// What was wrong, in words.
    public var reason: String

    public init(input: String, reason: String) {
        self.input = input
        self.reason = reason
    }

    public var description: String { "cannot parse address \"\(input)\": \(reason)" }
}
