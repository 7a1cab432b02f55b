import ArgumentParser
import CurbsideAPI
import CurbsideStore
import Foundation
import ZoneIndex

struct ExportZonesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a tenant's zones to a file: GeoJSON (RFC 7946, which import reads back unchanged), GeoPackage or Shapefile."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case geojson, gpkg, shp
    }

    @Option(help: "The tenant whose zones to write.") var tenant = Zone.defaultTenant
    @Option(help: "geojson, gpkg or shp (a .shp with its .shx, .dbf and .prj beside it).") var format: Format = .geojson
    @Option(name: .shortAndLong, help: "The file to write (replaced if it exists).") var output: String
    @Option(help: "The database: a postgres:// URL or a SQLite file (env CURBSIDE_DATABASE, CURBSIDE_DB; default curbside.sqlite).")
    var database: String?
    @Option(help: "The SQLite file; --database wins.") var db: String?

    func run() async throws {
        do {
            var configuration = try CurbsideConfiguration.fromEnvironment()
            if let location = database ?? db { configuration.database.location = location }
            let storage = try await StorageLocation.open(configuration.database.location, connections: 1)
            let zones = try await storage.zones.zones(tenant: tenant)
            if let postgres = storage as? PostgresStore { await postgres.close() }
            try ZoneFileExport.write(zones, format: format, to: output)
            Terminal.standardError("wrote \(zones.count) zones of tenant \"\(tenant)\" to \(output) (\(format.rawValue))")
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
