import Customers
import Foundation

/// A value as SQLite stores it (dates as instants); an export shows dates as RFC 3339 text in UTC, as the real stores do.
enum ColumnValue: Sendable, Equatable {
    case null
    case integer(Int)
    case real(Double)
    case text(String)
    case date(Date)

    /// The value as an export shows it.
    var json: JSONValue {
        switch self {
        case .null: .null
        case .integer(let number): .number(Double(number))
        case .real(let number): .number(number)
        case .text(let text): .string(text)
        case .date(let date): .string(date.formatted(.iso8601))
        }
    }

    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    var integer: Int? {
        if case .integer(let number) = self { return number }
        return nil
    }

    var date: Date? {
        if case .date(let date) = self { return date }
        return nil
    }

    static func optional(_ text: String?) -> ColumnValue { text.map(ColumnValue.text) ?? .null }
    static func optional(_ number: Double?) -> ColumnValue { number.map(ColumnValue.real) ?? .null }
    static func optional(_ date: Date?) -> ColumnValue { date.map(ColumnValue.date) ?? .null }
}
