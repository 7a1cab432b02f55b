import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// `curbside serve` with the Census geocoder pointed at a stub on loopback that is down, then too slow, then
/// rate-limiting, then back.
@Suite("A geocoding provider that is down, slow or rate-limiting")
struct ProviderOutageTests {
    enum Behaviour: Sendable { case down, slow, rateLimited, back }

    /// A Census answer placing every address at the Texas Capitol, inside the sample zone `sz_downtown_core`.
    static let located = """
        {"result":{"input":{"address":{"address":"X"},"benchmark":{"id":"4","benchmarkName":"Public_AR_Current"}},
        "addressMatches":[{"coordinates":{"x":-97.7404,"y":30.2747},"addressComponents":{"zip":"78701","city":"AUSTIN","state":"TX"},
        "matchedAddress":"1100 CONGRESS AVE, AUSTIN, TX, 78701"}]}}
        """

    @Test func writesAnswerAtOnceAsPendingAndTheWorkerCompletesThemWhenTheProviderIsBack() async throws {
        let behaviour = Mutex(Behaviour.down)
        let router = Router()
        router.get("/geocoder/locations/onelineaddress") { _, _ -> Response in
            switch behaviour.withLock({ $0 }) {
            case .down:
                return Response(status: .serviceUnavailable)
            case .slow:
                try? await Task.sleep(for: .seconds(30))
                return Response(status: .serviceUnavailable)
            case .rateLimited:
                return Response(status: .tooManyRequests, headers: [.retryAfter: "1"])
            case .back:
                return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: Self.located)))
            }
        }
        let provider = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await provider.test(.live) { client in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-outage-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let database = directory.appendingPathComponent("outage.sqlite").path
            let server = ServerProcess(database: database, environment: [
                "CURBSIDE_GEOCODER": "census", "CURBSIDE_CENSUS_URL": "http://127.0.0.1:\(client.port!)", "CURBSIDE_GEOCODER_TIMEOUT": "1",
            ])
            try server.importZones(CLITests.austin)
            try await server.start()

            var ids: [String] = []
            for (number, state) in [Behaviour.down, .slow, .rateLimited].enumerated() {
                behaviour.withLock { $0 = state }
                let started = ContinuousClock.now
                let (body, status) = try await server.request(
                    "POST", "/api/customers", json: ["name": "Outage \(number)", "address": "11\(number)0 Congress Ave, Austin, TX 78701"]
                )
                let waited = ContinuousClock.now - started
                let customer = try JSONSerialization.jsonObject(with: body) as? [String: Any] ?? [:]
                #expect(status == 201, "\(state): \(String(decoding: body, as: UTF8.self))")
                #expect(customer["geocode_status"] as? String == "pending" && customer["lat"] is NSNull, "\(state): \(customer)")
                // Bounded by the configured 1 s timeout and the write path's few retries, never by the provider.
                #expect(waited < .seconds(20), "\(state): the write waited \(waited)")
                ids.append(customer["id"] as? String ?? "")
            }

            behaviour.withLock { $0 = .back }
            var located: [String: [String: Any]] = [:]
            for _ in 0..<240 where located.count < ids.count {
                try await Task.sleep(for: .milliseconds(500))
                for id in ids where located[id] == nil {
                    let customer = try JSONSerialization.jsonObject(with: try await server.request("GET", "/api/customers/\(id)").body) as? [String: Any] ?? [:]
                    if customer["geocode_status"] as? String == "located" { located[id] = customer }
                }
            }
            #expect(located.count == ids.count, "still pending: \(ids.filter { located[$0] == nil })")
            for customer in located.values {
                #expect(customer["lat"] as? Double == 30.2747 && customer["lng"] as? Double == -97.7404)
                #expect(customer["service_zone_id"] as? String == "sz_downtown_core")
            }
            server.stop()
        }
    }
}
