import ArgumentParser
import Foundation
import ZoneIndex

/// The options that say how zone files are read.
struct ZoneFileOptions: ParsableArguments {
    @Option(name: .customLong("crs"), help: "The files' coordinate reference system (e.g. EPSG:2263), overriding any crs member.")
    var crs: String?

    @Flag(help: "Fix invalid boundaries with GEOS MakeValid (and close open rings) instead of rejecting them.")
    var repair = false

    @Option(help: "The tenant the zones belong to.")
    var tenant = Zone.defaultTenant

    var options: ZoneFile.Options {
        ZoneFile.Options(tenantID: tenant, crs: crs.map(CoordinateReferenceSystem.init(name:)), repair: repair)
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
                file = try ZoneFile(contentsOf: URL(fileURLWithPath: path), options: options)
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
