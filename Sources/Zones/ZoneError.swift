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
    /// The tenant has no zone version by this id.
    case versionNotFound(id: String)
    /// The tenant has no zone draft by this id.
    case draftNotFound(id: String)
    /// The draft was made from a version that is no longer the current one.
    case staleDraft(base: String?, current: String?)
    /// The version cannot be canceled: it is applied, canceled or failed already.
    case notCancelable(id: String, status: ZoneVersion.Status)
    /// The tenant had no zone version yet at the date asked about.
    case noVersionAt(String)

    public var description: String {
        switch self {
        case .invalid(let message): message
        case .invalidBoundary(let reason): "boundary: \(reason)"
        case .notFound(let id): "no service zone \(id)"
        case .duplicateID(let id): "a service zone with id \(id) already exists"
        case .fileProblems(let problems):
            "the zone file has \(problems.count) problem\(problems.count == 1 ? "" : "s"); nothing was imported"
        case .unreadableFile(let reason): "the zone file cannot be read: \(reason)"
        case .versionNotFound(let id): "no zone version \(id)"
        case .draftNotFound(let id): "no zone draft \(id)"
        case .staleDraft(let base, let current):
            "the draft was made from zone version \(base ?? "(none)"), but the current version is \(current ?? "(none)"); "
                + "make a new draft from the current set"
        case .notCancelable(let id, let status): "zone version \(id) is \(status.rawValue); only a scheduled version can be canceled"
        case .noVersionAt(let date): "the tenant had no zone version yet at \(date)"
        }
    }
}
