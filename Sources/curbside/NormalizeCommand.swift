import ArgumentParser
import Geocoding

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print the canonical (USPS Publication 28) form of a US address.",
        discussion: "With --json, print the parsed components instead. Exits 1 when the address cannot be parsed."
    )

    @Argument(help: "The address, e.g. \"456 Oak Avenue, Austin, Texas 78702\".") var address: String
    @Flag(help: "Print the components as JSON.") var json = false

    func run() throws {
        do {
            let parsed = try AddressNormalizer().parse(address)
            if json {
                Terminal.standardOutput(try JSON.string(parsed))
            } else {
                Terminal.standardOutput(parsed.key)
            }
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
