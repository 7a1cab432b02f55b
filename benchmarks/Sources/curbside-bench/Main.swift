import ArgumentParser

/// Benchmark programs for the harness in `benchmarks/run`: workload generation, the in-process core runs and
/// cached geocoding in process.
@main
struct CurbsideBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curbside-bench",
        abstract: "Generates benchmark workloads and times the zone index and the coverage report in process.",
        subcommands: [
            ZonesCommand.self, PointsCommand.self, CoreCommand.self, CoverageCommand.self, GeocodeCommand.self, StreetCountyCommand.self,
            StreetGeocodeCommand.self, AssignmentRefreshCommand.self, RezoneCommand.self, WebhookDeliveryCommand.self,
        ]
    )
}
