/// A zone set the index cannot be built from.
public enum ZoneIndexError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidBoundary(zoneID: String, reason: String)
    case duplicateZoneID(String)

    public var description: String {
        switch self {
        case .invalidBoundary(let id, let reason): "zone \(id): \(reason)"
        case .duplicateZoneID(let id): "zone id \(id) is defined more than once"
        }
    }
}
