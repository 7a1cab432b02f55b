import ArgumentParser
import CurbsideStore
import Customers
import Foundation
import Geocoding
import ZoneIndex
import Zones

/// Times refreshing a tenant's assignment quality (boundary distance, reasons, assignment of every property) after a
/// zone change, in process against a store, as the server does when zones or boundary uncertainties change.
struct AssignmentRefreshCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assignment-refresh",
        abstract: "Store N properties in a zone file's zones; time the assignment refresh after a zone change; print JSON."
    )

    @Option(help: "The GeoJSON zone file.") var zones: String
    @Option(help: "How many properties (one customer each).") var properties = 100_000
    @Option(help: "A SQLite file (made fresh) or a postgres:// URL of a database whose tenant 'bench' has no customers yet; default a temporary SQLite file.")
    var database: String?
    @Option(help: "Timed refreshes of each kind; the median is reported.") var runs = 3
    @Option(help: "Seed of the random points.") var seed: UInt64 = 21

    init() {}

    /// A command seeding `properties` points from `seed` over `zones`' extent.
    init(zones: String, properties: Int, seed: UInt64) {
        self.zones = zones
        self.properties = properties
        self.seed = seed
    }

    /// The tenant the benchmark writes.
    static let tenant = "bench"

    func run() async throws {
        let file = try ZoneFile(contentsOf: URL(fileURLWithPath: zones))
        guard file.problems.isEmpty, !file.zones.isEmpty else { throw BenchError("\(zones): no usable zones") }
        let location = database ?? FileManager.default.temporaryDirectory.appendingPathComponent("assignment-refresh-\(getpid()).sqlite").path
        if database == nil || !StorageLocation.isPostgres(location) { try? FileManager.default.removeItem(atPath: location) }
        let storage = try await StorageLocation.open(location, connections: 4)
        let existing = try await storage.customers.read { try $0.propertyTally(tenant: Self.tenant).total }
        guard existing == 0 else {
            if let postgres = storage as? PostgresStore { await postgres.close() }
            throw BenchError("tenant \(Self.tenant) has \(existing) properties already: give an empty database")
        }
        defer { if database == nil { try? FileManager.default.removeItem(atPath: location) } }
        let clean = file.zones.map { zone in var zone = zone; zone.tenantID = Self.tenant; return zone }
        _ = try await storage.zones.replaceZones(clean, tenant: Self.tenant)
        let registry = ZoneIndexRegistry(store: storage.zones)
        try await registry.reload(tenant: Self.tenant)
        let service = CustomerService(repository: storage.customers, locator: UnusedLocator(), zones: registry)

        let clock = ContinuousClock()
        let seeding = clock.now
        try await seed(service, zones: clean)
        let seedSeconds = Self.seconds(clock.now - seeding)
        progress("seeded \(properties) properties in \(String(format: "%.1f", seedSeconds)) s")

        // Alternate between the set as it is and the set distorted, so each timed refresh follows a zone change.
        let distorted = CoverageCommand.distorted(clean, every: 2)
        var changed: [Double] = [], unchanged: [Double] = []
        var last = AssignmentRefreshSummary()
        for run in 0..<max(1, runs) {
            _ = try await storage.zones.replaceZones(run % 2 == 0 ? distorted : clean, tenant: Self.tenant)
            try await registry.reload(tenant: Self.tenant)
            var start = clock.now
            last = try await service.refreshAssignments(tenant: Self.tenant)
            changed.append(Self.seconds(clock.now - start))
            start = clock.now
            let again = try await service.refreshAssignments(tenant: Self.tenant)
            unchanged.append(Self.seconds(clock.now - start))
            guard again.changed == 0 else { throw BenchError("a second refresh changed \(again.changed) properties") }
            progress("refresh \(run + 1): \(last.changed) of \(last.checked) changed in \(String(format: "%.3f", changed.last!)) s")
        }
        // A typical edit: one zone in the middle of the set grown by 1 %, from the set as it was.
        _ = try await storage.zones.replaceZones(clean, tenant: Self.tenant)
        try await registry.reload(tenant: Self.tenant)
        try await service.refreshAssignments(tenant: Self.tenant)
        var edited = clean
        edited[clean.count / 2] = CoverageCommand.distorted([clean[clean.count / 2]], every: 2)[0]
        _ = try await storage.zones.replaceZones(edited, tenant: Self.tenant)
        try await registry.reload(tenant: Self.tenant)
        let start = clock.now
        let oneZone = try await service.refreshAssignments(tenant: Self.tenant)
        let oneZoneSeconds = Self.seconds(clock.now - start)
        progress("one zone edited: \(oneZone.changed) of \(oneZone.checked) changed in \(String(format: "%.3f", oneZoneSeconds)) s")
        if let postgres = storage as? PostgresStore { await postgres.close() }
        changed.sort()
        unchanged.sort()
        let result = AssignmentRefreshRun(
            store: StorageLocation.isPostgres(location) ? "postgresql" : "sqlite", zones: clean.count, properties: properties,
            seedSeconds: seedSeconds, medianSeconds: changed[changed.count / 2], unchangedMedianSeconds: unchanged[unchanged.count / 2],
            changed: last.changed, review: last.review, oneZoneSeconds: oneZoneSeconds, oneZoneChanged: oneZone.changed
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        print(String(decoding: try encoder.encode(result), as: UTF8.self))
    }

    /// One customer with an address and a pinned point per property, uniformly over the zones' bounding box,
    /// imported in transactions of 5,000.
    func seed(_ service: CustomerService, zones: [Zone]) async throws {
        guard let box = zones.compactMap(\.boundary.boundingBox).reduce(nil, { $0?.union($1) ?? $1 }) else {
            throw BenchError("the zones have no extent")
        }
        var random = SplitMix64(seed: self.seed)
        var batch: [CustomerInput] = []
        for i in 0..<properties {
            var input = CustomerInput()
            input.name = "Customer \(i)"
            input.address = "\(100 + i % 9_000) Main St, Austin, TX 78701"
            input.lat = box.minY + (box.maxY - box.minY) * unit(random.next())
            input.lng = box.minX + (box.maxX - box.minX) * unit(random.next())
            batch.append(input)
            if batch.count == 5_000 || i == properties - 1 {
                let imported = try await service.importCustomers(batch, tenant: Self.tenant)
                if let first = imported.errors.first { throw BenchError("row \(first.index): \(first.error)") }
                batch.removeAll(keepingCapacity: true)
            }
        }
    }

    private func unit(_ bits: UInt64) -> Double { Double(bits >> 11) * 0x1p-53 }

    private func progress(_ line: String) {
        FileHandle.standardError.write(Data("assignment-refresh: \(line)\n".utf8))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}

/// The points are given, so nothing is geocoded.
private struct UnusedLocator: AddressLocating {
    func locate(_ address: ParsedAddress) async -> AddressLocation { .notFound }
}

/// The measurements of the refresh runs.
struct AssignmentRefreshRun: Encodable {
    var store: String
    var zones: Int
    var properties: Int
    var seedSeconds: Double
    var medianSeconds: Double
    var unchangedMedianSeconds: Double
    var changed: Int
    var review: Int
    /// The refresh after one zone of the set is edited, and how many properties it changed.
    var oneZoneSeconds: Double
    var oneZoneChanged: Int
}
