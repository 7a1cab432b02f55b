import ArgumentParser
import Foundation
import ZoneFormats
import ZoneIndex

/// The options that say how zone files are read.
struct ZoneFileOptions: ParsableArguments {
    /// The formats zone files may be in, for help texts.
    static let formats = "GeoJSON, GeoJSONSeq, Shapefile (.shp or .zip), GeoPackage, KML/KMZ, FlatGeobuf, "
        + "File Geodatabase (.gdb or .zip), CSV with a WKT column"

    @Option(
        name: .customLong("crs"),
        help: "The files' coordinate reference system (e.g. EPSG:2263), overriding the CRS a file declares (crs member, .prj, layer SRS)."
    )
    var crs: String?

    @Option(help: "The layer to read (GeoPackage, File Geodatabase, KML); by default the only layer, or the only one with polygons (of a KML, all of those).")
    var layer: String?

    @Option(name: .customLong("id-field"), help: "The field holding the zone id (default: id, any case); may name the feature id column (OBJECTID, fid, a shapefile's FID).")
    var idField: String?

    @Option(name: .customLong("name-field"), help: "The field holding the zone name (default: name, any case; else the id).")
    var nameField: String?

    @Option(name: .customLong("zip-field"), help: "The field holding the ZIP codes, one or several separated by commas, semicolons or spaces (default: zip_codes, zip, zipcode).")
    var zipField: String?

    @Option(name: .customLong("priority-field"), help: "The field holding the integer priority (default: priority; else 0).")
    var priorityField: String?

    @Option(name: .customLong("active-field"), help: "The field holding the active flag: true/false, 1/0, yes/no, Y/N (default: is_active, active; else active).")
    var activeField: String?

    @Flag(help: "Fix invalid boundaries with GEOS MakeValid (and close open rings) instead of rejecting them.")
    var repair = false

    @Option(help: "The tenant the zones belong to.")
    var tenant = Zone.defaultTenant

    var options: ZoneFile.Options {
        ZoneFile.Options(tenantID: tenant, crs: crs.map(CoordinateReferenceSystem.init(name:)), repair: repair)
    }

    /// How the files are read: the layer, the fields and the zone options.
    var reader: ZoneFileReader {
        ZoneFileReader(
            layer: layer,
            fields: ZoneFieldMapping(id: idField, name: nameField, zip: zipField, priority: priorityField, active: activeField),
            options: options
        )
    }

    /// Reads every file; the problems and repairs are printed to standard error with their file names.
    /// Fails when any file has a problem or two files define the same zone id.
    func loadZones(_ paths: [String]) throws -> [Zone] {
        var zones: [Zone] = []
        var origin: [String: String] = [:]
        var failed = false
        var repairable = false
        for path in paths {
            let file: ZoneFile
            do {
                file = try reader.read(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw CLIError("\(path): \(error)")
            }
            for note in file.notes { Terminal.standardError("\(path): note: \(note)") }
            for repair in file.repairs { Terminal.standardError("\(path): \(repair)") }
            for problem in file.problems { Terminal.standardError("\(path): \(problem)") }
            failed = failed || !file.problems.isEmpty
            repairable = repairable || file.problems.contains(where: \.repairable)
            for zone in file.zones {
                if let other = origin[zone.id] {
                    Terminal.standardError("\(path): zone id \(zone.id) is already defined in \(other)")
                    failed = true
                }
                origin[zone.id] = path
                zones.append(zone)
            }
        }
        if failed {
            let remedy = repairable && !repair ? "fix them, or pass --repair for those that say repairing fixes them" : "fix them in the files"
            throw CLIError("the zone files have problems (listed above); \(remedy)")
        }
        return zones
    }
}

/// A failure to report on standard error, exiting with status 1.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
