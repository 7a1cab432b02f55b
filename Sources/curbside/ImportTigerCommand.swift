import ArgumentParser
import CurbsideAPI
import CurbsideStore
import Foundation
import Geocoding

struct GeocoderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geocoder",
        abstract: "Load the offline geocoder's data.",
        subcommands: [ImportTigerCommand.self]
    )
}

struct ImportTigerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-tiger",
        abstract: "Load TIGER/Line address ranges (ADDRFEAT, one file per county) for street-level geocoding offline.",
        discussion: """
            Files are the Census Bureau's Address Range-Feature files, tl_YYYY_SSCCC_addrfeat.zip (public domain, \
            https://www2.census.gov/geo/tiger/TIGER2024/ADDRFEAT/), zipped or unzipped. Each county is replaced whole \
            when imported again. Servers pick new counties up within CURBSIDE_STREET_RANGES_POLL_SECONDS (30 s).
            """
    )

    @Argument(help: "ADDRFEAT files (.zip or .shp).") var files: [String]
    @Option(help: "The database: a postgres:// URL or a SQLite file (env CURBSIDE_DATABASE, CURBSIDE_DB; default curbside.sqlite).")
    var database: String?
    @Option(help: "The SQLite file; --database wins.") var db: String?

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one ADDRFEAT file (tl_YYYY_SSCCC_addrfeat.zip)") }
        for file in files where !FileManager.default.fileExists(atPath: file) {
            throw ValidationError("no such file: \(file)")
        }
    }

    func run() async throws {
        let started = ContinuousClock.now
        var totals = (counties: 0, edges: 0, ranges: 0, skipped: 0)
        do {
            var configuration = try CurbsideConfiguration.fromEnvironment()
            if let location = database ?? db { configuration.database.location = location }
            let storage = try await StorageLocation.open(configuration.database.location, connections: 1)
            for file in files {
                let fileStarted = ContinuousClock.now
                let bar = ProgressReporter(unit: "features")
                let county = try TigerCountyReader(path: file).read(now: Date()) { done, total in bar.report(done: done, total: total) }
                bar.finish()
                guard !county.ranges.isEmpty else {
                    throw CLIError("\(file): no address ranges with whole house numbers in its \(county.features) features")
                }
                try await storage.streetRanges.replaceCounty(county.county, edges: county.edges, ranges: county.ranges)
                let skipped = county.skipped.values.reduce(0, +)
                let reasons = county.skipped.sorted { $0.value > $1.value }.map { "\($0.value) with \($0.key.rawValue)" }
                Terminal.standardError(
                    "county \(county.county.code) (\((file as NSString).lastPathComponent)): \(county.features) features → "
                        + "\(county.edges.count) edges, \(county.ranges.count) address ranges"
                        + (skipped > 0 ? "; \(skipped) sides left out (\(reasons.joined(separator: ", ")))" : "")
                        + String(format: " in %.1f s", Self.seconds(since: fileStarted))
                )
                totals.counties += 1
                totals.edges += county.edges.count
                totals.ranges += county.ranges.count
                totals.skipped += skipped
            }
            if let postgres = storage as? PostgresStore { await postgres.close() }
            Terminal.standardError(
                "imported \(totals.counties) count\(totals.counties == 1 ? "y" : "ies") into \(storage): \(totals.edges) edges, "
                    + "\(totals.ranges) address ranges" + String(format: " in %.1f s", Self.seconds(since: started))
            )
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }
}
