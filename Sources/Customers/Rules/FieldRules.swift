import Foundation

/// Checks and tidies of single fields.
enum FieldRules {
    /// `text` trimmed, or nil when that leaves nothing.
    static func trimmed(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The display name: `name` as given, else first and last name joined.
    static func composedName(name: String?, firstName: String?, lastName: String?) -> String? {
        if let name = trimmed(name) { return name }
        let parts = [trimmed(firstName), trimmed(lastName)].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// First and last name from a full name: the last word is the last name.
    static func split(_ name: String) -> (first: String?, last: String?) {
        let words = name.split(separator: " ").map(String.init)
        guard words.count > 1 else { return (words.first, nil) }
        return (words.dropLast().joined(separator: " "), words.last)
    }

    static func email(_ text: String?) throws(CustomerError) -> String? {
        guard let email = trimmed(text) else { return nil }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !email.contains(where: \.isWhitespace) else {
            throw .invalid(field: "email", reason: "is not an e-mail address")
        }
        return email
    }

    static func billingStatus(_ text: String?) throws(CustomerError) -> BillingStatus? {
        guard let text = trimmed(text) else { return nil }
        guard let status = BillingStatus(rawValue: text.lowercased()) else {
            throw .invalid(field: "billing_status", reason: "must be one of active, pending, paused, canceled")
        }
        return status
    }

    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// A weekday name in capitalized form (`monday`, `MON` → `Monday`).
    static func trashDay(_ text: String?, field: String = "trash_day") throws(CustomerError) -> String? {
        guard let text = trimmed(text) else { return nil }
        let lower = text.lowercased()
        guard let day = weekdays.first(where: { $0.lowercased() == lower || (lower.count >= 3 && $0.lowercased().hasPrefix(lower)) }) else {
            throw .invalid(field: field, reason: "must be a day of the week")
        }
        return day
    }

    /// Custom fields: a JSON object, or nothing (`null`).
    static func customFields(_ value: JSONValue?) throws(CustomerError) -> JSONValue? {
        switch value {
        case nil, .null?: return nil
        case .object?: return value
        default: throw .invalid(field: "custom_fields_json", reason: "must be a JSON object")
        }
    }

    static func binCount(_ count: Int?) throws(CustomerError) -> Int {
        guard let count else { return 1 }
        guard (0...50).contains(count) else { throw .invalid(field: "bin_count", reason: "must be between 0 and 50") }
        return count
    }

    /// A random identifier: `prefix` and 16 characters from `[a-z0-9]`.
    static func newID(_ prefix: String) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return prefix + String((0..<16).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}
