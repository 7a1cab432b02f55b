import ZoneIndex

/// Why the zone service refused a request.
public enum ZoneError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A field breaks a rule; the message names it.
    case invalid(String)
    /// The boundary is not a valid polygon; the message carries GEOS's reason and location.
    case invalidBoundary(String)
    /// The tenant has no zone by this id.
    case notFound(id: String)
    /// The tenant already has a zone by this id.
    case duplicateID(String)
    /// A zone file to import has features that cannot be used; nothing was imported.
    case fileProblems([ZoneFileIssue])
    /// A zone file to import cannot be read at all (not a zone file, corrupt, a format with no reader).
    case unreadableFile(String)

    public var description: String {
        switch self {
        case .invalid(let message): message
        case .invalidBoundary(let reason): "boundary: \(reason)"
        case .notFound(let id): "no service zone \(id)"
        case .duplicateID(let id): "a service zone with id \(id) already exists"
        case .fileProblems(let problems):
            "the zone file has \(problems.count) problem\(problems.count == 1 ? "" : "s"); nothing was imported"
        case .unreadableFile(let reason): "the zone file cannot be read: \(reason)"
        }
    }
}
