/// One feature of a zone file in any format, as read: its attribute values and geometry before the zone rules
/// (`ZoneFileBuilder`) are applied.
package struct ZoneFeatureFields {
    /// The zone id, untrimmed; nil when the feature has none.
    package var id: String?
    package var name: String?
    /// The ZIP codes as written, not yet normalised.
    package var zipCodes: [String]
    package var priority: Int?
    package var isActive: Bool?
    package var geometry: Geometry
    /// Attribute values that could not be read, each a sentence for people.
    package var problems: [String]
    /// Where the id was looked for, for the message when there is none.
    package var idOrigin: String
    /// The name of the ZIP codes' field, for the message when one is malformed.
    package var zipField: String

    package init(
        id: String?, name: String? = nil, zipCodes: [String] = [], priority: Int? = nil, isActive: Bool? = nil,
        geometry: Geometry, problems: [String] = [], idOrigin: String = "field id", zipField: String = "zip_codes"
    ) {
        self.id = id
        self.name = name
        self.zipCodes = zipCodes
        self.priority = priority
        self.isActive = isActive
        self.geometry = geometry
        self.problems = problems
        self.idOrigin = idOrigin
        self.zipField = zipField
    }

    /// A feature's geometry as far as the zone rules care: absent, of a type zones cannot use, or polygonal.
    package enum Geometry {
        case missing
        case unsupported(type: String)
        case boundary(ZoneBoundary)
    }
}
