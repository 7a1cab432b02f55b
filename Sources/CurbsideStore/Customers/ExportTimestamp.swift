import Foundation

/// The text form of an instant in an exported row: RFC 3339 in UTC to the second (`2026-12-03T07:18:29Z`), the
/// form every other response gives its dates in.
enum ExportTimestamp {
    /// `date` in that form.
    static func text(_ date: Date) -> String { style.format(date) }

    private static let style = Date.ISO8601FormatStyle()
}
