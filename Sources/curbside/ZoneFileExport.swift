import Foundation
import ZoneFormats
import ZoneIndex

/// Zones written to a file in one of the formats `curbside zones export` offers.
enum ZoneFileExport {
    static func write(_ zones: [Zone], format: ExportZonesCommand.Format, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        switch format {
        case .geojson:
            try ZoneFile.geoJSON(zones).write(to: url, options: .atomic)
        case .gpkg, .shp:
            do {
                try ZoneFileWriter.write(zones, format: format == .gpkg ? .geoPackage : .shapefile, to: path)
            } catch {
                throw CLIError(error.description)
            }
        }
    }
}
