/// A format zone files come in, and how GDAL opens it.
enum ZoneSourceFormat: Equatable {
    case geoJSON
    case geoJSONSeq
    case shapefile
    case geoPackage
    case kml
    case flatGeobuf
    case fileGeodatabase
    case csv
    /// A zip archive (a KMZ too): what it holds decides the format.
    case zip

    /// The format a file's extension names, or nil for an extension of no zone format.
    init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "json", "geojson": self = .geoJSON
        case "geojsonl", "geojsons", "geojsonseq", "ndjson", "jsonl": self = .geoJSONSeq
        case "shp": self = .shapefile
        case "gpkg": self = .geoPackage
        case "kml": self = .kml
        case "kmz", "zip": self = .zip
        case "fgb": self = .flatGeobuf
        case "gdb": self = .fileGeodatabase
        case "csv": self = .csv
        default: return nil
        }
    }

    /// The extension GDAL's drivers recognise the format by.
    var fileExtension: String {
        switch self {
        case .geoJSON: "geojson"
        case .geoJSONSeq: "geojsonl"
        case .shapefile: "shp"
        case .geoPackage: "gpkg"
        case .kml: "kml"
        case .flatGeobuf: "fgb"
        case .fileGeodatabase: "gdb"
        case .csv: "csv"
        case .zip: "zip"
        }
    }

    /// The GDAL drivers allowed to open the format, so that a damaged file is reported as what it claims to be.
    var drivers: [String] {
        switch self {
        case .geoJSON: ["GeoJSON"]
        case .geoJSONSeq: ["GeoJSONSeq"]
        case .shapefile: ["ESRI Shapefile"]
        case .geoPackage: ["GPKG"]
        case .kml: ["LIBKML", "KML"]
        case .flatGeobuf: ["FlatGeobuf"]
        case .fileGeodatabase: ["OpenFileGDB"]
        case .csv: ["CSV"]
        case .zip: []
        }
    }

    /// GDAL open options: a CSV's geometry is the WKT in a column of a usual name, not kept as an attribute too.
    var openOptions: [String] {
        self == .csv ? ["GEOM_POSSIBLE_NAMES=WKT,wkt,geometry,the_geom", "KEEP_GEOM_COLUMNS=NO"] : []
    }

    /// Whether the file's header records how many features follow, so that reading fewer means the file was cut
    /// short. (A GeoPackage's count is a cache that other writers may leave stale; text formats have none.)
    var headerCountsFeatures: Bool {
        [.shapefile, .flatGeobuf, .fileGeodatabase].contains(self)
    }

    /// Whether every layer holding polygons is read when no layer is chosen. KML folders are layers to OGR, and
    /// a KML keeps its zones in folders as a matter of course; in other formats several polygon layers are
    /// different data sets, so one must be chosen.
    var readsEveryPolygonLayer: Bool { self == .kml }
}
