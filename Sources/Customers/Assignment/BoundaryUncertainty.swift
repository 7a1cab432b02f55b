/// How far, in metres, a point of each precision may be from the true location: a point closer than this to a zone
/// boundary may belong to the zone on the other side (`near_boundary`). A tenant setting.
public struct BoundaryUncertainty: Sendable, Equatable, Codable {
    public var rooftop: Double
    public var street: Double
    public var manual: Double

    public init(rooftop: Double = 15, street: Double = 60, manual: Double = 3) {
        self.rooftop = rooftop
        self.street = street
        self.manual = manual
    }

    /// The defaults: rooftop 15 m, street 60 m, manual 3 m.
    public static let standard = BoundaryUncertainty()

    /// The uncertainty of `precision`; nil for ZIP and city centroids, which are `coarse_geocode` already.
    public func metres(for precision: PlacementPrecision) -> Double? {
        switch precision {
        case .rooftop: rooftop
        case .street: street
        case .manual: manual
        case .postcode, .city: nil
        }
    }
}
