import ArgumentParser
import CurbsideAPI
import CurbsideStore
import Foundation

struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Create or bring up to date the tables of a database, then exit.",
        discussion: """
            `serve` migrates on start too; running this first (say, as a release step before new replicas roll \
            out) keeps a schema change from happening under traffic. Replicas starting together migrate once: the \
            migrations run under an advisory lock.
            """
    )

    @Option(help: "The database: a postgres:// URL or a SQLite file (env CURBSIDE_DATABASE, CURBSIDE_DB; default curbside.sqlite).")
    var database: String?

    func run() async throws {
        do {
            var configuration = try CurbsideConfiguration.fromEnvironment()
            if let database { configuration.database.location = database }
            let storage = try await StorageLocation.open(configuration.database.location, connections: 1)
            var note = ""
            if let postgres = storage as? PostgresStore {
                note = postgres.storesGeometry ? " (zone boundaries also as PostGIS geometry)" : " (without PostGIS)"
                await postgres.close()
            }
            Terminal.standardError("\(storage) is at the current schema\(note)")
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
