import CurbsideAPI
import CurbsideStore
import Foundation
import ZoneIndex

/// The demo tenant `serve --demo` seeds: the built-in Austin sample zones (or a file's), service plans and route
/// templates, and a token with example requests printed for it.
struct DemoTenant {
    static let tenant = "demo"

    /// A zone file to seed instead of the built-in sample.
    let zonesPath: String?
    let server: ServerConfiguration

    /// The zones the tenant gets.
    func zones() throws -> [Zone] {
        do {
            if let zonesPath {
                return try ZoneFile(contentsOf: URL(fileURLWithPath: zonesPath), options: .init(tenantID: Self.tenant)).zones
            }
            return try DemoSeed.sampleZones(tenant: Self.tenant)
        } catch {
            throw CLIError("the demo zones \(zonesPath ?? "(built in)") cannot be read: \(error)")
        }
    }

    /// Seeds `zones` unless the tenant has zones already, then prints a token and example requests.
    func seed(_ zones: [Zone], into services: CurbsideServices) async throws {
        if let summary = try await services.storage.seedDemo(tenant: Self.tenant, zones: zones, now: Date()) {
            try await services.zones.reload(tenant: Self.tenant)
            Terminal.standardError("seeded tenant \"\(Self.tenant)\": \(summary.zones) zones, \(summary.plans) service plans, \(summary.routeTemplates) route templates")
        } else {
            Terminal.standardError("tenant \"\(Self.tenant)\" already has zones; nothing seeded")
        }
        let token = try await services.authority.issue(tenant: Self.tenant, subject: "demo", lifetime: .seconds(30 * 86_400))
        let base = "http://\(server.host):\(server.port)"
        Terminal.standardOutput("""
            Demo token (tenant "\(Self.tenant)", valid 30 days):
            export TOKEN=\(token)

            curl -s -X POST \(base)/match-zone -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"lat":30.2747,"lng":-97.7404}'
            curl -s "\(base)/geocode?address=456%20Oak%20Ave%2C%20Austin%2C%20TX%2078702" -H "Authorization: Bearer $TOKEN"
            curl -s \(base)/api/service-zones -H "Authorization: Bearer $TOKEN"
            """)
    }
}
