import ArgumentParser
import CurbsideAPI
import CurbsideStore
import Foundation
import ZoneIndex

struct ImportZonesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Load zone files into the database for a tenant (all or nothing; zones with the same id are replaced)."
    )

    @Argument(help: "Zone files: \(ZoneFileOptions.formats).") var files: [String]
    @OptionGroup var zoneFiles: ZoneFileOptions
    @Option(help: "The database: a postgres:// URL or a SQLite file (env CURBSIDE_DATABASE, CURBSIDE_DB; default curbside.sqlite).")
    var database: String?
    @Option(help: "The SQLite file; --database wins.") var db: String?
    @Flag(help: "Make the files the tenant's whole zone set: zones they do not hold are removed.") var replace = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one zone file") }
    }

    func run() async throws {
        do {
            var configuration = try CurbsideConfiguration.fromEnvironment()
            if let location = database ?? db { configuration.database.location = location }
            let zones = try zoneFiles.loadZones(files)
            let storage = try await StorageLocation.open(configuration.database.location, connections: 1)
            let summary = replace
                ? try await storage.zones.replaceZones(zones, tenant: zoneFiles.tenant)
                : try await storage.zones.importZones(zones, tenant: zoneFiles.tenant)
            if let postgres = storage as? PostgresStore { await postgres.close() }
            Terminal.standardError(
                "imported \(zones.count) zones for tenant \"\(zoneFiles.tenant)\" into \(storage): \(summary.inserted) new, \(summary.updated) replaced\(replace ? ", \(summary.deleted) removed" : "")"
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
