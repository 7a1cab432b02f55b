import ArgumentParser
import Foundation
import ZoneIndex

struct ValidateZonesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check zone files; every problem is listed with its feature id. Exits 1 when there is any."
    )

    @OptionGroup var zoneFiles: ZoneFileOptions

    @Option(help: "With --repair: write the repaired zones of all files to this GeoJSON file.")
    var output: String?

    @Argument(help: "Zone files: \(ZoneFileOptions.formats).")
    var files: [String]

    func run() throws {
        do {
            let zones = try zoneFiles.loadZones(files)
            let vertices = zones.reduce(0) { $0 + $1.boundary.vertexCount }
            Terminal.standardOutput("\(zones.count) zones valid (\(vertices) positions) in \(files.count) file\(files.count == 1 ? "" : "s")")
            if let output {
                try ZoneFile.geoJSON(zones).write(to: URL(fileURLWithPath: output))
                Terminal.standardOutput("wrote \(output)")
            }
        } catch let error as CLIError {
            Terminal.standardError("error: \(error)")
            throw ExitCode(1)
        }
    }
}
