/// Why a customer or property request cannot be carried out.
public enum CustomerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A field is missing or wrong.
    case invalid(field: String, reason: String)
    /// No such record in the tenant.
    case notFound(kind: String, id: String)

    public var description: String {
        switch self {
        case .invalid(let field, let reason): "\(field) \(reason)"
        case .notFound(let kind, let id): "no \(kind) \(id)"
        }
    }
}
