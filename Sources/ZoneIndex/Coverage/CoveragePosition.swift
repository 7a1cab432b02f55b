/// A WGS84 position in a coverage report, encoded as `{"lat", "lng"}`.
public struct CoveragePosition: Sendable, Equatable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The position of a longitude/latitude coordinate, to 1e-7 degrees (about a centimetre).
    init(_ coordinate: Coordinate) {
        self.init(latitude: (coordinate.y * 1e7).rounded() / 1e7, longitude: (coordinate.x * 1e7).rounded() / 1e7)
    }

    private enum CodingKeys: String, CodingKey {
        case latitude = "lat"
        case longitude = "lng"
    }
}
