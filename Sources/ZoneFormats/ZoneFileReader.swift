import Foundation
import ZoneIndex

/// Reads zone files in every supported format into a `ZoneFile`: GeoJSON with ZoneIndex's fast reader, and
/// GeoJSONSeq, Shapefile, GeoPackage, KML/KMZ, FlatGeobuf, File Geodatabase and CSV with a WKT column through
/// GDAL/OGR. Every format is held to the same per-feature rules.
///
/// Each read opens its own GDAL dataset, so reads may run on several threads at once.
public struct ZoneFileReader: Sendable {
    /// The layer to read; nil reads the only layer, or the only one holding polygons (of a KML, every one).
    public var layer: String?
    /// The fields holding the zone attributes.
    public var fields: ZoneFieldMapping
    public var options: ZoneFile.Options

    public init(layer: String? = nil, fields: ZoneFieldMapping = ZoneFieldMapping(), options: ZoneFile.Options = ZoneFile.Options()) {
        self.layer = layer
        self.fields = fields
        self.options = options
    }

    /// Reads the zone file at `url`, its format told by its extension: `.json`/`.geojson`, `.geojsonl`/`.geojsons`/
    /// `.ndjson`, `.shp` (with its sidecars), `.zip` (a zipped shapefile, File Geodatabase or other zone file),
    /// `.gpkg`, `.kml`, `.kmz`, `.fgb`, a `.gdb` folder, `.csv`.
    public func read(contentsOf url: URL) throws(ZoneSourceError) -> ZoneFile {
        let path = url.path
        guard let format = ZoneSourceFormat(fileExtension: url.pathExtension) else {
            throw .unknownFormat(url.pathExtension.isEmpty ? "the name has no extension" : "extension .\(url.pathExtension)")
        }
        if format == .geoJSON {
            let data: Data
            do {
                data = try Data(contentsOf: url, options: .mappedIfSafe)
            } catch {
                throw .zoneFile(.unreadable(path: path, reason: (error as NSError).localizedDescription))
            }
            return try geoJSON(data) { () throws(ZoneSourceError) in try ogr.read(path: path, format: .geoJSON) }
        }
        guard FileManager.default.fileExists(atPath: path) else { throw .unreadable(reason: "no such file or directory") }
        switch format {
        case .zip:
            let source = try ZipArchive(path: path).zoneSource()
            return try ogr.read(path: source.path, format: source.format)
        case .shapefile:
            let stem = url.deletingPathExtension().lastPathComponent.lowercased()
            let siblings = Set(((try? FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)) ?? []).map { $0.lowercased() })
            let missing = [".shx", ".dbf"].filter { !siblings.contains(stem + $0) }
            if !missing.isEmpty { throw .missingSidecars(shapefile: url.lastPathComponent, missing: missing) }
            return try ogr.read(path: path, format: format)
        default:
            return try ogr.read(path: path, format: format)
        }
    }

    /// Reads a zone file held in memory (an upload), its format told by its first bytes, else by `hint`: a content
    /// type (`text/csv`) or a file name or extension (`zones.csv`, `.csv`).
    public func read(_ data: Data, hint: String? = nil) throws(ZoneSourceError) -> ZoneFile {
        let format = try ZoneSourceFormat(sniffing: data, hint: hint)
        switch format {
        case .geoJSON:
            return try geoJSON(data) { () throws(ZoneSourceError) in
                let file = try VirtualMemoryFile(data, fileExtension: format.fileExtension)
                return try withExtendedLifetime(file) { () throws(ZoneSourceError) in try ogr.read(path: file.path, format: format) }
            }
        case .shapefile:
            throw .missingSidecars(shapefile: "given alone", missing: [".shx", ".dbf"])
        case .fileGeodatabase:
            throw .unknownFormat("a File Geodatabase is a folder; send it zipped")
        default:
            let file = try VirtualMemoryFile(data, fileExtension: format.fileExtension)
            return try withExtendedLifetime(file) { () throws(ZoneSourceError) in
                guard format == .zip else { return try ogr.read(path: file.path, format: format) }
                let source = try ZipArchive(path: file.path).zoneSource()
                return try ogr.read(path: source.path, format: source.format)
            }
        }
    }

    /// The media types a zone file is sent as (besides plain bytes), which `read(_:hint:)` takes as its hint.
    public static var mediaTypes: [String] { ZoneSourceFormat.byMediaType.keys.sorted() }

    private var ogr: OGRZoneReader {
        OGRZoneReader(layerName: layer, mapping: fields, options: options)
    }

    /// GeoJSON by the fast reader; through OGR when fields or a layer are named, or when no feature has an id the
    /// fast reader can see (the ids may be in a field of another name, which OGR's usual names find).
    private func geoJSON(_ data: Data, ogr read: () throws(ZoneSourceError) -> ZoneFile) throws(ZoneSourceError) -> ZoneFile {
        guard fields.isEmpty, layer == nil else { return try read() }
        let file: ZoneFile
        do {
            file = try ZoneFile(data: data, options: options)
        } catch {
            throw .zoneFile(error)
        }
        guard file.zones.isEmpty, !file.problems.isEmpty, file.problems.allSatisfy({ $0.featureID == nil }) else { return file }
        do {
            return try read()
        } catch {
            // OGR finds no id field either: the fast reader's account names each feature's problems.
            if case .missingField(.id, nil, _, _) = error { return file }
            throw error
        }
    }
}
