import CurbsideAPI
import CurbsideStore
import Customers
import Foundation
import GRDB
import Geocoding
import Hummingbird
import HummingbirdTesting
import ZoneIndex

/// A service over a fresh database with the Austin sample zones for tenant `acme`, one square zone for tenant
/// `other`, and the offline geocoder.
///
/// The database is SQLite in memory; when `CURBSIDE_TEST_DATABASE` names a PostgreSQL database
/// (`postgres://…`), it is a new schema there instead, so the whole suite runs against either store.
struct TestService {
    static let secret = "test-secret-that-is-at-least-32-bytes-long!"
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let austinZones = try! ZoneFile(contentsOf: root.appendingPathComponent("zones/austin.geojson"), options: .init(tenantID: "acme")).zones

    let services: CurbsideServices
    /// The operators' token for `/metrics` on the main port.
    static let metricsToken = "operator-metrics-token-0123456789"

    init(
        provider: (any GeocodingProvider)? = nil, streets: StreetRangeLibrary = StreetRangeLibrary(), retry: RetryPolicy = .standard,
        authority: TokenAuthority? = nil
    ) async throws {
        let storage = try await Self.makeStorage()
        let store = storage.zones
        _ = try await store.importZones(Self.austinZones, tenant: "acme")
        _ = try await store.importZones([Self.square(id: "sz_other_square", tenant: "other")], tenant: "other")
        let cache = GeocodeCache(store: try storage.geocodeCache)
        let geocoder = Geocoder(provider: provider ?? OfflineGeocoder(), cache: cache, retryPolicy: retry)
        var services = try await CurbsideServices(
            storage: storage, geocoder: geocoder, streets: streets,
            authority: authority != nil ? authority! : try await TokenAuthority(secret: Self.secret)
        )
        services.metricsToken = Self.metricsToken
        self.services = services
    }

    /// The PostgreSQL database the suite runs against, or nil for SQLite.
    static let postgresURL = ProcessInfo.processInfo.environment["CURBSIDE_TEST_DATABASE"].flatMap { StorageLocation.isPostgres($0) ? $0 : nil }

    static func makeStorage() async throws -> any CurbsideStorage {
        guard let postgresURL else { return try CurbsideDatabase.inMemory() }
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        return try await PostgresStore.open(url: postgresURL, connections: 2, schema: schema)
    }

    /// Runs SQL statements (with their values written in) in one transaction, on either store.
    func execute(_ statements: [String]) async throws {
        if let database = services.storage as? CurbsideDatabase {
            try await database.writer.write { db in
                for statement in statements { try db.execute(sql: statement) }
            }
        } else if let store = services.storage as? PostgresStore {
            try await store.execute(statements: statements)
        }
    }

    /// The first column of each row of `sql`, as text, on either store.
    func strings(_ sql: String) async throws -> [String] {
        if let database = services.storage as? CurbsideDatabase {
            return try await database.writer.read { db in try String.fetchAll(db, sql: sql) }
        }
        return try await (services.storage as! PostgresStore).strings(sql)
    }

    /// A square around the Texas Capitol.
    static func square(id: String, tenant: String, name: String = "Other Square", half: Double = 0.05) -> Zone {
        let (x, y) = (-97.7404, 30.2747)
        let ring = [
            Coordinate(x: x - half, y: y - half), Coordinate(x: x + half, y: y - half), Coordinate(x: x + half, y: y + half),
            Coordinate(x: x - half, y: y + half), Coordinate(x: x - half, y: y - half),
        ]
        return Zone(id: id, tenantID: tenant, name: name, boundary: .polygon(Polygon(exterior: ring)))
    }

    /// The service's router as an application, like `buildApplication`'s, with every JSON and NDJSON response
    /// checked for `…_at` fields in any other form than RFC 3339 UTC (`TimestampCheckingResponder`).
    var app: some ApplicationProtocol {
        Application(
            responder: TimestampCheckingResponder(wrapping: buildRouter(services: services).buildResponder()),
            configuration: .init(address: .hostname("127.0.0.1", port: 0), serverName: "curbside")
        )
    }

    /// An outbox worker over the service's storage, applying scheduled zone versions and queueing webhook deliveries
    /// as the server's does.
    func outboxWorker(now: @escaping @Sendable () -> Date = { Date() }) -> OutboxWorker {
        var worker = OutboxWorker(
            repository: services.storage.outbox, stripe: nil, locator: GeocoderLocator(geocoder: services.geocoder), zones: services.zones,
            now: now, log: { _ in }
        )
        worker.territory = services.territory
        worker.webhooks = services.storage.webhooks
        return worker
    }

    func token(_ tenant: String = "acme", role: Role? = nil, lifetime: Duration = .seconds(600)) async throws -> String {
        try await services.authority.issue(tenant: tenant, role: role, lifetime: lifetime)
    }

    func headers(_ tenant: String = "acme", role: Role? = nil, json: Bool = true) async throws -> HTTPFields {
        var fields: HTTPFields = [.authorization: "Bearer \(try await token(tenant, role: role))"]
        if json { fields[.contentType] = "application/json" }
        return fields
    }
}

extension ByteBuffer {
    /// The body parsed as a JSON object.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(readableBytesView)) as? [String: Any]) ?? [:]
    }

    var text: String { String(buffer: self) }
}

extension String {
    var buffer: ByteBuffer { ByteBuffer(string: self) }
}

/// The `error.code` of an error body.
func errorCode(_ body: ByteBuffer) -> String? {
    (body.json["error"] as? [String: Any])?["code"] as? String
}

func errorMessage(_ body: ByteBuffer) -> String {
    ((body.json["error"] as? [String: Any])?["message"] as? String) ?? ""
}
