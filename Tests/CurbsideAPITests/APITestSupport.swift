import CurbsideAPI
import CurbsideStore
import Foundation
import Geocoding
import Hummingbird
import HummingbirdTesting
import ZoneIndex

/// A service over an in-memory database with the Austin sample zones for tenant `acme`,
/// one square zone for tenant `other`, and the offline geocoder.
struct TestService {
    static let secret = "test-secret-that-is-at-least-32-bytes-long!"
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let austinZones = try! ZoneFile(contentsOf: root.appendingPathComponent("zones/austin.geojson"), options: .init(tenantID: "acme")).zones

    let services: CurbsideServices

    init(provider: (any GeocodingProvider)? = nil, retry: RetryPolicy = .standard) async throws {
        let database = try CurbsideDatabase.inMemory()
        let store = ZoneStore(database: database)
        _ = try await store.importZones(Self.austinZones, tenant: "acme")
        _ = try await store.importZones([Self.square(id: "sz_other_square", tenant: "other")], tenant: "other")
        let geocoder = Geocoder(provider: provider ?? OfflineGeocoder(), cache: try GeocodeCache(database: database.writer), retryPolicy: retry)
        services = try await CurbsideServices(database: database, geocoder: geocoder, authority: try await TokenAuthority(secret: Self.secret))
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

    var app: some ApplicationProtocol {
        buildApplication(ServerConfiguration(host: "127.0.0.1", port: 0), services: services)
    }

    func token(_ tenant: String = "acme", lifetime: Duration = .seconds(600)) async throws -> String {
        try await services.authority.issue(tenant: tenant, lifetime: lifetime)
    }

    func headers(_ tenant: String = "acme", json: Bool = true) async throws -> HTTPFields {
        var fields: HTTPFields = [.authorization: "Bearer \(try await token(tenant))"]
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
