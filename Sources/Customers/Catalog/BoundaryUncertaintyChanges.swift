/// New values for some of a tenant's boundary uncertainties, in metres; nil keeps the current one.
public struct BoundaryUncertaintyChanges: Sendable, Equatable, Decodable {
    public var rooftop: Double?
    public var street: Double?
    public var manual: Double?

    public init(rooftop: Double? = nil, street: Double? = nil, manual: Double? = nil) {
        self.rooftop = rooftop
        self.street = street
        self.manual = manual
    }

    /// The largest uncertainty a tenant may set: 10 km.
    public static let limit = 10_000.0

    /// `current` with these changes, each checked to be from 0 to `limit`.
    func applied(to current: BoundaryUncertainty) throws(CustomerError) -> BoundaryUncertainty {
        var result = current
        for (name, value, path) in [("rooftop", rooftop, \BoundaryUncertainty.rooftop), ("street", street, \.street), ("manual", manual, \.manual)] {
            guard let value else { continue }
            guard value.isFinite, (0...Self.limit).contains(value) else {
                throw .invalid(field: "boundary_uncertainty_m.\(name)", reason: "must be a number of metres from 0 to \(Int(Self.limit))")
            }
            result[keyPath: path] = value
        }
        return result
    }
}
