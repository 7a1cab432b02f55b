import CGDAL
import Foundation
import ZoneIndex

/// Writes zones to a GeoPackage or a Shapefile through GDAL, with the fields every reader of ours knows (`id`,
/// `name`, `zip_codes`, `priority`, `is_active`) in WGS84; a Shapefile, which holds no lists, gets its ZIP codes
/// as one comma-separated text.
public enum ZoneFileWriter {
    public enum Format: Sendable {
        case geoPackage, shapefile
    }

    /// A file that cannot be written.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Writes `zones` to `path` (replacing a file there; a Shapefile's path ends in `.shp`, and its `.shx`, `.dbf`
    /// and `.prj` are written beside it).
    public static func write(_ zones: [Zone], format: Format, to path: String) throws(WriteError) {
        if format == .shapefile, !path.lowercased().hasSuffix(".shp") {
            throw WriteError(description: "a Shapefile's name ends in .shp (its .shx, .dbf and .prj are written beside it)")
        }
        let geoJSON: Data
        do {
            geoJSON = format == .shapefile ? try ZoneFile.geoJSON(zones, zipCodesAsText: true) : try ZoneFile.geoJSON(zones)
        } catch {
            throw WriteError(description: "cannot encode the zones: \(error)")
        }
        removeExisting(path, format: format)
        let source: VirtualMemoryFile
        var dataset: OGRDataset?
        do {
            source = try VirtualMemoryFile(geoJSON, fileExtension: "geojson")
            dataset = try OGRDataset(path: source.path, drivers: ["GeoJSON"])
        } catch {
            throw WriteError(description: error.description)
        }
        // The dataset is closed before its in-memory file is unlinked.
        defer { withExtendedLifetime(source) { dataset = nil } }
        let arguments = switch format {
        case .geoPackage: ["-f", "GPKG", "-nln", "zones"]
        case .shapefile: ["-f", "ESRI Shapefile", "-nln", (path as NSString).lastPathComponent.dropLast(4).description, "-lco", "ENCODING=UTF-8"]
        }
        let failure: String? = withExtendedLifetime(source) {
            GDALCalls.quietly { () -> String? in
                guard let dataset else { return "no source" }
                // A GDAL string list, built and destroyed here.
                var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
                for argument in arguments { list = CSLAddString(list, argument) }
                defer { CSLDestroy(list) }
                guard let options = GDALVectorTranslateOptionsNew(list, nil) else {
                    return GDALCalls.lastError(or: "GDAL refused the translation options")
                }
                defer { GDALVectorTranslateOptionsFree(options) }
                var sources: [GDALDatasetH?] = [dataset.handle]
                var usageError: Int32 = 0
                let written = sources.withUnsafeMutableBufferPointer {
                    GDALVectorTranslate(path, nil, 1, $0.baseAddress, options, &usageError)
                }
                guard let written else { return GDALCalls.lastError(or: "GDAL could not write \(path)") }
                GDALClose(written)
                return CPLGetLastErrorType() == CE_Failure ? GDALCalls.lastError(or: "GDAL could not write \(path)") : nil
            }
        }
        if let failure { throw WriteError(description: "cannot write \(path): \(failure)") }
    }

    /// Deletes what a previous export left at `path`, so GDAL writes a new file rather than adding to it.
    private static func removeExisting(_ path: String, format: Format) {
        let stem = format == .shapefile ? String(path.dropLast(4)) : path
        let files = format == .shapefile ? ["shp", "shx", "dbf", "prj", "cpg"].map { "\(stem).\($0)" } : [path]
        for file in files { try? FileManager.default.removeItem(atPath: file) }
    }
}
