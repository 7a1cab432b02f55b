import Customers
import Foundation

/// A value as SQLite stores it; dates are stored as text, the way GRDB writes them.
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
        case .date(let date): .string(Self.storedText(date))
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

    /// `yyyy-MM-dd HH:mm:ss.SSS` in UTC, as GRDB stores dates.
    static func storedText(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
        let milliseconds = (parts.nanosecond ?? 0) / 1_000_000
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02d.%03d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
            parts.minute ?? 0, parts.second ?? 0, milliseconds
        )
    }

    static func optional(_ text: String?) -> ColumnValue { text.map(ColumnValue.text) ?? .null }
    static func optional(_ number: Double?) -> ColumnValue { number.map(ColumnValue.real) ?? .null }
    static func optional(_ date: Date?) -> ColumnValue { date.map(ColumnValue.date) ?? .null }
}
