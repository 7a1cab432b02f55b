import ArgumentParser
import CurbsideStore
import Customers
import Foundation
import Geocoding
import ZoneIndex
import Zones

/// Times a territory change end to end in process against a store: the impact preview of a draft, and publishing
/// it (the live set replaced, every property re-matched, the moved ones written with their events), as the server
/// does for `GET /api/zone-drafts/{id}/impact` and `POST /api/zone-drafts/{id}/publish`.
struct RezoneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rezone",
        abstract: "Store N properties in a zone file's zones; time the preview and the publish of a draft that drops every k-th zone; print JSON."
    )

    @Option(help: "The GeoJSON zone file.") var zones: String
    @Option(help: "How many properties (one customer each).") var properties = 100_000
    @Option(help: "The draft drops every k-th zone (about 1/k of the properties move).") var every = 10
    @Option(help: "A SQLite file (made fresh) or a postgres:// URL of a database whose tenant 'bench' has no customers yet; default a temporary SQLite file.")
    var database: String?
    @Option(help: "Timed previews; the median is reported.") var runs = 3
    @Option(help: "Seed of the random points.") var seed: UInt64 = 21

    func run() async throws {
        let tenant = AssignmentRefreshCommand.tenant
        let file = try ZoneFile(contentsOf: URL(fileURLWithPath: zones))
        guard file.problems.isEmpty, !file.zones.isEmpty else { throw BenchError("\(zones): no usable zones") }
        let location = database ?? FileManager.default.temporaryDirectory.appendingPathComponent("rezone-\(getpid()).sqlite").path
        if database == nil || !StorageLocation.isPostgres(location) { try? FileManager.default.removeItem(atPath: location) }
        let storage = try await StorageLocation.open(location, connections: 4)
        defer { if database == nil { try? FileManager.default.removeItem(atPath: location) } }
        guard try await storage.customers.read({ try $0.propertyTally(tenant: tenant).total }) == 0 else {
            if let postgres = storage as? PostgresStore { await postgres.close() }
            throw BenchError("tenant \(tenant) has properties already: give an empty database")
        }
        let clean = file.zones.map { zone in var zone = zone; zone.tenantID = tenant; return zone }
        _ = try await storage.zones.replaceZones(clean, tenant: tenant)
        let registry = ZoneIndexRegistry(store: storage.zones)
        try await registry.reload(tenant: tenant)
        let customers = CustomerService(repository: storage.customers, locator: NoLocator(), zones: registry)
        let territory = TerritoryService(repository: storage.territory, zones: ZoneService(store: storage.zones, registry: registry))
        let clock = ContinuousClock()
        var start = clock.now
        try await AssignmentRefreshCommand(zones: zones, properties: properties, seed: seed).seed(customers, zones: clean)
        progress("seeded \(properties) properties in \(String(format: "%.1f", AssignmentRefreshCommand.seconds(clock.now - start))) s")

        let draft = try await territory.createDraft(name: "bench", note: nil, from: .current, tenant: tenant, by: .unnamed)
        for (offset, zone) in clean.enumerated() where offset % every == 0 {
            try await territory.deleteDraftZone(id: zone.id, draftID: draft.id, tenant: tenant)
        }
        var previews: [Double] = []
        var plan: RezonePlan?
        for _ in 0..<max(1, runs) {
            start = clock.now
            plan = try await territory.impact(draftID: draft.id, tenant: tenant)
            previews.append(AssignmentRefreshCommand.seconds(clock.now - start))
        }
        previews.sort()
        let moves = plan?.moves.count ?? 0
        progress("preview: \(moves) moves in \(String(format: "%.3f", previews[previews.count / 2])) s (median of \(previews.count))")
        start = clock.now
        let version = try await territory.publish(draftID: draft.id, .init(), tenant: tenant, by: .unnamed)
        let publishSeconds = AssignmentRefreshCommand.seconds(clock.now - start)
        progress("publish: \(version.moved ?? 0) moved in \(String(format: "%.3f", publishSeconds)) s")
        guard version.moved == moves else { throw BenchError("the preview said \(moves) moves, the publish made \(version.moved ?? 0)") }
        let after = try await territory.impact(draftID: try await territory.createDraft(name: nil, note: nil, from: .current, tenant: tenant, by: .unnamed).id, tenant: tenant)
        guard after.moves.isEmpty else { throw BenchError("after the publish, \(after.moves.count) properties are not where the new set puts them") }
        if let postgres = storage as? PostgresStore { await postgres.close() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        print(String(decoding: try encoder.encode(RezoneRun(
            store: StorageLocation.isPostgres(location) ? "postgresql" : "sqlite", zones: clean.count, properties: properties,
            moves: moves, previewMedianSeconds: previews[previews.count / 2], publishSeconds: publishSeconds
        )), as: UTF8.self))
    }

    private func progress(_ line: String) {
        FileHandle.standardError.write(Data("rezone: \(line)\n".utf8))
    }
}

/// The points are given, so nothing is geocoded.
private struct NoLocator: AddressLocating {
    func locate(_ address: ParsedAddress) async -> AddressLocation { .notFound }
}

/// The measurements of a rezone run.
struct RezoneRun: Encodable {
    var store: String
    var zones: Int
    var properties: Int
    var moves: Int
    var previewMedianSeconds: Double
    var publishSeconds: Double
}
