/// An attribute value of a feature, in the kind of its field.
enum OGRFieldValue: Equatable, Sendable {
    case text(String)
    case integer(Int64)
    case real(Double)
    case boolean(Bool)
    case list([String])

    /// The value as text: integral reals without a decimal point, lists joined with commas.
    var text: String {
        switch self {
        case .text(let string): string
        case .integer(let value): String(value)
        case .real(let value): value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .boolean(let value): value ? "true" : "false"
        case .list(let values): values.joined(separator: ",")
        }
    }
}
