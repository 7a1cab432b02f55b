import ArgumentParser

@main
struct Curbside: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curbside",
        abstract: "Zone matching and geocoding for field-service routes.",
        subcommands: [MatchCommand.self, GeocodeCommand.self, NormalizeCommand.self, ZonesCommand.self]
    )
}

struct ZonesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zones",
        abstract: "Check and make zone files.",
        subcommands: [ValidateZonesCommand.self, GenerateZonesCommand.self]
    )
}
