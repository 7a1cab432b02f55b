/// A point file that cannot be processed at all (a bad row is a rejection, not this).
public enum PointFileError: Error, Sendable, Equatable, CustomStringConvertible {
    case io(String)
    case emptyInput
    case missingColumns([String], header: String)

    public var description: String {
        switch self {
        case .io(let reason): reason
        case .emptyInput: "the input has no header row"
        case .missingColumns(let columns, let header):
            "the header lacks \(columns.joined(separator: ", ")) (found: \(header)); it needs at least id,lat,lng"
        }
    }
}

/// A row that was skipped, and why.
public struct PointFileRejection: Sendable, Equatable, CustomStringConvertible {
    /// The line the row starts on, counting the header as line 1.
    public let line: Int
    /// A short, stable name for the kind of problem, for counting.
    public let kind: String
    public let message: String

    public var description: String { "line \(line): \(message)" }
}
