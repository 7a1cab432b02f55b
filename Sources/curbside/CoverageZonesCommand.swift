import ArgumentParser
import Foundation
import ZoneIndex

struct CoverageZonesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Report where active zones overlap, the gaps they enclose and the slivers among both.",
        discussion: """
            Several files are checked as one zone set. Overlaps list the zone that wins by priority, then by order; \
            gaps are areas enclosed by the union of the active zones but in none of them (a zone's own hole counts); \
            overlaps and gaps under 1,000 m² are listed apart as slivers. Areas are geodesic, on the WGS84 ellipsoid. \
            With --points (a CSV with id,lat,lng and optionally zip, as for match), each point is matched and the \
            report counts them by method and lists the zones no point falls in.
            """
    )

    @Argument(help: "Zone files: \(ZoneFileOptions.formats).") var files: [String] = []
    @OptionGroup var zoneFiles: ZoneFileOptions
    @Option(help: "A CSV of property points (id,lat,lng[,zip]) to count by zone.") var points: String?
    @Flag(help: "Print the report as a JSON document instead of a table.") var json = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one zone file") }
    }

    func run() throws {
        do {
            let zones = try zoneFiles.loadZones(files)
            let counted = try points.map { try PointTally.count(points: $0, zones: zones) }
            let active = zones.filter(\.isActive).count
            let start = ContinuousClock.now
            if active >= 200 { Terminal.standardError("checking \(active) active zones…") }
            let report = try ZoneCoverage().report(
                for: zones, properties: counted?.tally, zonesWithoutProperties: counted?.zonesWithoutProperties
            )
            if active >= 200 { Terminal.standardError("checked in \(ContinuousClock.now - start)") }
            Terminal.standardOutput(json ? try JSON.string(report, pretty: true) : CoverageTable(report: report).text)
        } catch let error as CLIError {
            Terminal.standardError("error: \(error)")
            throw ExitCode(1)
        } catch let error as PointFileError {
            Terminal.standardError("error: \(points ?? ""): \(error)")
            throw ExitCode(1)
        } catch let error as ZoneIndexError {
            Terminal.standardError("error: \(error)")
            throw ExitCode(1)
        } catch let error as GEOSError {
            Terminal.standardError("error: GEOS cannot overlay the zones (\(error)); check them with `curbside zones validate`")
            throw ExitCode(1)
        }
    }
}
