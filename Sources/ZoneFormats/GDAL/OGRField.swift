import CGDAL

/// An attribute field of a layer.
struct OGRField {
    let index: Int32
    let name: String
    let type: OGRFieldType
    /// Whether the field is an integer holding booleans.
    let isBoolean: Bool
}
