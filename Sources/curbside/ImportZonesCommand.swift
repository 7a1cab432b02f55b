import ArgumentParser
import CurbsideStore
import Foundation
import ZoneIndex

struct ImportZonesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load zone files into the database for a tenant (all or nothing; zones with the same id are replaced)."
    )

    @Argument(help: "Zone files (GeoJSON FeatureCollections).") var files: [String]
    @OptionGroup var zoneFiles: ZoneFileOptions
    @Option(help: "The database (env CURBSIDE_DB; default curbside.sqlite).") var db: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one zone file") }
    }

    func run() async throws {
        let path = db ?? ProcessInfo.processInfo.environment["CURBSIDE_DB"] ?? "curbside.sqlite"
        do {
            let zones = try zoneFiles.loadZones(files)
            let store = ZoneStore(database: try CurbsideDatabase(path: path))
            let summary = try await store.importZones(zones, tenant: zoneFiles.tenant)
            Terminal.standardError(
                "imported \(zones.count) zones for tenant \"\(zoneFiles.tenant)\" into \(path): \(summary.inserted) new, \(summary.updated) replaced"
            )
        } catch let error as CLIError {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
