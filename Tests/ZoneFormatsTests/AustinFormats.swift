import Foundation

/// The Austin sample (`zones/austin.geojson`) converted by `ogr2ogr` into every format the reader takes, once
/// per test run.
struct AustinFormats: Sendable {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let geoJSON = repositoryRoot.appendingPathComponent("zones/austin.geojson")

    /// The conversions, made on first use.
    static let shared = Result { try AustinFormats() }

    /// The files by the name of their format.
    let files: [String: URL]
    let directory: URL

    /// The format names, in the order the tests list them.
    static let names = [
        "GeoJSONSeq", "Shapefile", "zipped Shapefile in EPSG:2277", "GeoPackage", "KML", "KMZ", "FlatGeobuf",
        "File Geodatabase", "zipped File Geodatabase", "CSV with WKT",
    ]

    private init() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-formats-\(UUID().uuidString)")
        self.directory = directory
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("shp"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("state-plane"), withIntermediateDirectories: true)
        func at(_ name: String) -> URL { directory.appendingPathComponent(name) }
        let source = Self.geoJSON.path
        // Shapefiles, KML, FlatGeobuf and File Geodatabases cannot store the zip_codes list; GDAL writes it as text.
        let listsAsText = ["-mapFieldType", "StringList=String"]
        try ExternalTools.ogr2ogr("-f", "GeoJSONSeq", at("austin.geojsonl").path, source)
        try ExternalTools.ogr2ogr(["-f", "ESRI Shapefile", at("shp/austin.shp").path, source] + listsAsText)
        try ExternalTools.ogr2ogr(["-f", "ESRI Shapefile", "-t_srs", "EPSG:2277", at("state-plane/austin.shp").path, source] + listsAsText)
        try ExternalTools.zip(at("austin-2277.zip"), ["shp", "shx", "dbf", "prj"].map { (at("state-plane/austin.\($0)"), "austin.\($0)") })
        try ExternalTools.ogr2ogr("-f", "GPKG", at("austin.gpkg").path, source)
        try ExternalTools.ogr2ogr(["-f", "KML", at("austin.kml").path, source] + listsAsText)
        try ExternalTools.zip(at("austin.kmz"), [(at("austin.kml"), "doc.kml")])
        // Without a spatial index FlatGeobuf keeps the features in file order, which decides ties between zones.
        try ExternalTools.ogr2ogr(["-f", "FlatGeobuf", "-lco", "SPATIAL_INDEX=NO", at("austin.fgb").path, source] + listsAsText)
        try ExternalTools.ogr2ogr(["-f", "OpenFileGDB", "-nlt", "MULTIPOLYGON", at("austin.gdb").path, source] + listsAsText)
        try ExternalTools.zip(at("austin.gdb.zip"), try ExternalTools.filesUnder(at("austin.gdb")))
        try ExternalTools.ogr2ogr("-f", "CSV", "-lco", "GEOMETRY=AS_WKT", at("austin.csv").path, source)
        files = [
            "GeoJSONSeq": at("austin.geojsonl"), "Shapefile": at("shp/austin.shp"),
            "zipped Shapefile in EPSG:2277": at("austin-2277.zip"), "GeoPackage": at("austin.gpkg"), "KML": at("austin.kml"),
            "KMZ": at("austin.kmz"), "FlatGeobuf": at("austin.fgb"), "File Geodatabase": at("austin.gdb"),
            "zipped File Geodatabase": at("austin.gdb.zip"), "CSV with WKT": at("austin.csv"),
        ]
    }

    /// The file of the format `name`.
    static func file(_ name: String) throws -> URL {
        guard let file = try shared.get().files[name] else { throw ExternalTools.Failure(description: "no sample for \(name)") }
        return file
    }
}
