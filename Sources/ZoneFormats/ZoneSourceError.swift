import ZoneIndex

/// A zone source that cannot be read at all, in any format.
public enum ZoneSourceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The GeoJSON reader's error, or a CRS PROJ cannot use.
    case zoneFile(ZoneFileError)
    /// GDAL cannot open or read the source: a damaged file, a missing file, a format it does not know.
    case unreadable(reason: String)
    /// Neither the name, the content type nor the first bytes say which format the source is in.
    case unknownFormat(String)
    /// A shapefile without the sidecar files a zone needs.
    case missingSidecars(shapefile: String, missing: [String])
    /// Of several layers, none holds polygons (the layers with their geometry types); or there is no layer at all.
    case noPolygonLayer(layers: [String])
    /// Several layers hold polygons and none was chosen.
    case severalPolygonLayers([String])
    /// `--layer` names no layer of the source.
    case noSuchLayer(String, layers: [String])
    /// A field named for `field` (`--id-field` …) is not in the layer (`name`), or no id field could be found (nil).
    case missingField(ZoneField, name: String?, layer: String, fields: [String])
    /// The layer declares no CRS, none was given, and its coordinates are not longitude/latitude.
    case noCRS(layer: String, extent: BoundingBox)
    /// The layers read together declare different CRSs.
    case mixedCRS(layers: [String])

    public var description: String {
        switch self {
        case .zoneFile(let error):
            return error.description
        case .unreadable(let reason):
            return reason
        case .unknownFormat(let detail):
            return "cannot tell the zone file's format (\(detail)); zone files are GeoJSON, GeoJSONSeq, Shapefile "
                + "(.shp or .zip), GeoPackage, KML/KMZ, FlatGeobuf, File Geodatabase (.gdb or .zip) or CSV with a WKT column"
        case .missingSidecars(let shapefile, let missing):
            return "the shapefile \(shapefile) comes without \(missing.joined(separator: " and ")); "
                + "keep the .shp with its .shx, .dbf and .prj (zip them together)"
        case .noPolygonLayer(let layers) where layers.isEmpty:
            return "it holds no layer (an empty or damaged file)"
        case .noPolygonLayer(let layers):
            return "no layer holds polygons (layers: \(Self.list(layers)))"
        case .severalPolygonLayers(let layers):
            return "several layers hold polygons (\(layers.joined(separator: ", "))); choose one with --layer"
        case .noSuchLayer(let name, let layers):
            return "there is no layer \(name) (layers: \(Self.list(layers)))"
        case .missingField(let field, let name?, let layer, let fields):
            return "layer \(layer) has no field \(name), given with \(field.option) (fields: \(Self.list(fields)))"
        case .missingField(let field, nil, let layer, let fields):
            return "layer \(layer) has no \(field.rawValue) field (fields: \(Self.list(fields))); name it with \(field.option)"
        case .noCRS(let layer, let extent):
            return "layer \(layer) declares no CRS and its coordinates (x \(extent.minX)…\(extent.maxX), "
                + "y \(extent.minY)…\(extent.maxY)) are not WGS84 longitude/latitude; give their CRS with --crs (e.g. --crs EPSG:2277)"
        case .mixedCRS(let layers):
            return "the layers \(layers.joined(separator: ", ")) have different CRSs; read one at a time with --layer"
        }
    }

    private static func list(_ names: [String]) -> String {
        names.isEmpty ? "none" : names.joined(separator: ", ")
    }
}
