import ArgumentParser

/// Benchmark programs for the harness in `benchmarks/run`: workload generation and the in-process core runs.
@main
struct CurbsideBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curbside-bench",
        abstract: "Generates benchmark workloads and times the zone index in process.",
        subcommands: [ZonesCommand.self, PointsCommand.self, CoreCommand.self]
    )
}
