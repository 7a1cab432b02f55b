import ArgumentParser
import CurbsideAPI
import Foundation

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Print a signed bearer token for a tenant, with a role.",
        discussion: "The secret is resolved as by serve: CURBSIDE_JWT_SECRET, else the file beside the database (created if missing)."
    )

    @Option(help: "The tenant the token is scoped to.") var tenant: String
    @Option(help: "What the token may do: viewer (reads, matching, geocoding), editor (also customer and property writes), admin (also zones, plans, route templates, settings). Default admin.")
    var role: Role?
    @Option(help: "The token's subject.") var sub: String?
    @Option(help: "Seconds until the token expires (default one day).") var ttl = 86_400
    @Option(help: "The database whose secret file to use (env CURBSIDE_DB; default curbside.sqlite).") var db: String?

    func validate() throws {
        if tenant.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--tenant must not be empty") }
        if ttl < 1 { throw ValidationError("--ttl must be at least 1 second") }
    }

    func run() async throws {
        do {
            var configuration = try CurbsideConfiguration.fromEnvironment()
            if let db { configuration.database.location = db }
            let secret = try JWTSecret.resolve(configured: configuration.jwtSecret, databasePath: configuration.database.location)
            if secret.generated, let file = secret.file { Terminal.standardError("generated a JWT secret in \(file)") }
            let authority = try await TokenAuthority(secret: secret.value)
            Terminal.standardOutput(try await authority.issue(tenant: tenant, role: role, subject: sub, lifetime: .seconds(ttl)))
        } catch {
            Terminal.standardError("error: \(error)")
            throw ExitCode.failure
        }
    }
}

extension Role: ExpressibleByArgument {}
