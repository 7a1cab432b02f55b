import CGDAL

/// An attribute field of a layer, or the layer's feature id (FID) column.
struct OGRField {
    let index: Int32
    let name: String
    let type: OGRFieldType
    /// Whether the field is an integer holding booleans.
    let isBoolean: Bool

    /// Whether this is the feature id (`OBJECTID` of a File Geodatabase, `fid` of a GeoPackage), not an attribute.
    var isFeatureID: Bool { index < 0 }

    /// The feature id column named `name`.
    static func featureID(named name: String) -> OGRField {
        OGRField(index: -1, name: name, type: OFTInteger64, isBoolean: false)
    }
}
