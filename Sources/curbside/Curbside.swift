import ArgumentParser

@main
struct Curbside: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curbside",
        abstract: "Zone matching and geocoding for field-service routes.",
        subcommands: [
            ServeCommand.self, MatchCommand.self, GeocodeCommand.self, ReverseGeocodeCommand.self, NormalizeCommand.self,
            ZonesCommand.self, GeocoderCommand.self, TokenCommand.self, MigrateCommand.self,
        ]
    )
}

struct ZonesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zones",
        abstract: "Check, make, import and export zone files, and report how they cover their area.",
        subcommands: [
            ValidateZonesCommand.self, CoverageZonesCommand.self, ImpactZonesCommand.self, GenerateZonesCommand.self, ImportZonesCommand.self,
            ExportZonesCommand.self,
        ]
    )
}
