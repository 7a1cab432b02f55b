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

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case rooftop, street, manual
    }

    /// Reads `rooftop`, `street` and `manual` (a number, or null to keep the value); any other key is refused, so a
    /// misspelt precision is not silently ignored.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        if let unknown = container.allKeys.first(where: { CodingKeys(stringValue: $0.stringValue) == nil }) {
            throw DecodingError.dataCorruptedError(
                forKey: unknown, in: container,
                debugDescription: "is not a precision with an uncertainty (rooftop, street, manual)"
            )
        }
        let known = try decoder.container(keyedBy: CodingKeys.self)
        rooftop = try known.decodeIfPresent(Double.self, forKey: .rooftop)
        street = try known.decodeIfPresent(Double.self, forKey: .street)
        manual = try known.decodeIfPresent(Double.self, forKey: .manual)
    }

    /// Any key of a JSON object.
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
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
