/// A query the index cannot answer because its input is wrong.
public enum ZoneQueryError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidLatitude(Double)
    case invalidLongitude(Double)
    /// Only one of latitude and longitude was given.
    case incompleteCoordinates(missing: String)
    case invalidZIP(String)

    public var description: String {
        switch self {
        case .invalidLatitude(let value): "latitude \(value) is not a number within [-90, 90]"
        case .invalidLongitude(let value): "longitude \(value) is not a number within [-180, 180]"
        case .incompleteCoordinates(let missing): "\(missing) is missing (give both lat and lng, or neither)"
        case .invalidZIP(let value): "ZIP code '\(value)' is not a 5-digit or ZIP+4 code"
        }
    }

    /// The request field the error is about.
    public var field: String {
        switch self {
        case .invalidLatitude: "lat"
        case .invalidLongitude: "lng"
        case .incompleteCoordinates(let missing): missing
        case .invalidZIP: "zip"
        }
    }
}
