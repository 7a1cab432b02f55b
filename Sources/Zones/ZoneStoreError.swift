/// Why a zone store operation failed.
public enum ZoneStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A zone with this id already exists in the tenant.
    case duplicateID(String)
    /// A stored row could not be read back as a zone; the message names it and says why.
    case corruptRow(String)

    public var description: String {
        switch self {
        case .duplicateID(let id): "a zone with id \(id) already exists"
        case .corruptRow(let message): "corrupt zone row: \(message)"
        }
    }
}
