import CGDAL
import ZoneIndex

/// A layer of an open dataset. The dataset owns the layer; this view keeps the dataset open while it is used.
final class OGRLayer {
    private let handle: UnsafeMutableRawPointer
    private let dataset: OGRDataset

    init(handle: UnsafeMutableRawPointer, dataset: OGRDataset) {
        self.handle = handle
        self.dataset = dataset
    }

    var name: String { String(cString: OGR_L_GetName(handle)) }

    /// The attribute fields, in the layer's order.
    var fields: [OGRField] {
        let definition = OGR_L_GetLayerDefn(handle)
        return (0..<OGR_FD_GetFieldCount(definition)).map { index in
            let field = OGR_FD_GetFieldDefn(definition, index)
            return OGRField(
                index: index, name: String(cString: OGR_Fld_GetNameRef(field)),
                type: OGR_Fld_GetType(field), isBoolean: OGR_Fld_GetSubType(field) == OFSTBoolean
            )
        }
    }

    /// The feature id column: its name where the format has one (`OBJECTID`, `fid`), else `FID`.
    var featureIDField: OGRField {
        let name = OGR_L_GetFIDColumn(handle).map { String(cString: $0) } ?? ""
        return .featureID(named: name.isEmpty ? "FID" : name)
    }

    /// A copy of the layer's spatial reference, or nil when the layer declares none.
    var spatialReference: OGRSpatialReference? {
        OGR_L_GetSpatialRef(handle).flatMap(OGRSpatialReference.init(copying:))
    }

    /// The box around every geometry, or nil when the layer has none.
    var extent: BoundingBox? {
        var envelope = OGREnvelope()
        let status = GDALCalls.quietly { OGR_L_GetExtent(handle, &envelope, 1) }
        guard status == OGRERR_NONE else { return nil }
        return BoundingBox(minX: envelope.MinX, minY: envelope.MinY, maxX: envelope.MaxX, maxY: envelope.MaxY)
    }

    /// The number of features the layer says it has, when it knows without reading them all.
    var declaredFeatureCount: Int? {
        let count = GDALCalls.quietly { OGR_L_GetFeatureCount(handle, 0) }
        return count >= 0 ? Int(count) : nil
    }

    /// Whether the layer holds polygons: it declares a polygonal geometry type, or it declares none in particular
    /// (GeoJSON, KML, CSV) and one of its features has a polygonal geometry.
    func holdsPolygons() throws(ZoneSourceError) -> Bool {
        let declared = OGR_GT_Flatten(OGR_L_GetGeomType(handle))
        if OGRGeometryView.isPolygonal(declared) { return true }
        guard declared == wkbUnknown || declared == wkbGeometryCollection else { return false }
        restart()
        defer { restart() }
        while let feature = try nextFeature() {
            if feature.geometry.map({ OGRGeometryView.isPolygonal(OGR_GT_Flatten($0.type)) }) == true { return true }
        }
        return false
    }

    /// Starts reading again from the first feature.
    func restart() {
        OGR_L_ResetReading(handle)
    }

    /// The next feature, or nil after the last.
    ///
    /// - Throws: `ZoneSourceError.unreadable` when GDAL fails to read the next feature (a damaged file).
    func nextFeature() throws(ZoneSourceError) -> OGRFeature? {
        let (feature, failure) = GDALCalls.quietly {
            let feature = OGR_L_GetNextFeature(handle)
            let failed = feature == nil && CPLGetLastErrorType() == CE_Failure
            return (feature, failed ? GDALCalls.lastError(or: "GDAL failed to read a feature") : nil)
        }
        if let failure { throw .unreadable(reason: "layer \(name): \(failure)") }
        return feature.map(OGRFeature.init(owning:))
    }

    /// A description for people: the name and declared geometry type.
    var summary: String {
        "\(name) (\(OGRGeometryView.typeName(OGR_L_GetGeomType(handle))))"
    }
}
