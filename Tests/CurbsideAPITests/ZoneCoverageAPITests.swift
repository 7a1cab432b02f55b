import CurbsideAPI
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `GET /api/service-zones/coverage` over HTTP, on either store: a hand-made zone set with one overlap, one gap and
/// one sliver, the tenant's properties, the roles and the tenant scope.
@Suite("Zone coverage over HTTP")
struct ZoneCoverageAPITests {
    /// 0.01° at latitude 45, near (-100, 45), where no sample zone lies.
    static let unit = 0.01

    /// A rectangle from (x0, y0) to (x1, y1) in units east and north of (-100, 45).
    static func rectangle(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> String {
        let (w, s, e, n) = (-100 + x0 * unit, 45 + y0 * unit, -100 + x1 * unit, 45 + y1 * unit)
        return #"{"type":"Polygon","coordinates":[[[\#(w),\#(s)],[\#(e),\#(s)],[\#(e),\#(n)],[\#(w),\#(n)],[\#(w),\#(s)]]]}"#
    }

    /// A ring of four bars around a one-unit hole (the gap), a corner zone over the top bar (the overlap), a thin
    /// zone over the right bar's edge (a sliver of about 87 m²), and an inactive zone over the hole.
    static let zones: [(id: String, priority: Int, active: Bool, boundary: String)] = [
        ("sz_top", 0, true, rectangle(0, 2, 3, 3)),
        ("sz_bottom", 0, true, rectangle(0, 0, 3, 1)),
        ("sz_left", 0, true, rectangle(0, 1, 1, 2)),
        ("sz_right", 0, true, rectangle(2, 1, 3, 2)),
        ("sz_corner", 5, true, rectangle(2.5, 2.5, 3.5, 3.5)),
        ("sz_thin", 0, true, rectangle(2.99, 1.5, 3.02, 1.51)),
        ("sz_retired", 9, false, rectangle(1, 1, 2, 2)),
    ]

    static func report(_ client: some TestClientProtocol, headers: HTTPFields) async throws -> [String: Any] {
        try await client.execute(uri: "/api/service-zones/coverage", method: .get, headers: headers) {
            #expect($0.status == .ok, "\($0.body.text)")
            return $0.body.json
        }
    }

    @Test("overlaps with their winner, gaps, slivers, the properties by method and the zones without properties")
    func handMadeSet() async throws {
        let service = try await TestService()
        let admin = try await service.headers("coverage", role: .admin)
        try await service.app.test(.router) { client in
            for zone in Self.zones {
                let body = #"{"id":"\#(zone.id)","name":"\#(zone.id)","priority":\#(zone.priority),"is_active":\#(zone.active),"boundary":\#(zone.boundary)}"#
                try await client.execute(uri: "/api/service-zones", method: .post, headers: admin, body: body.buffer) {
                    #expect($0.status == .created, "\($0.body.text)")
                }
            }
            let inLeft = #"{"name":"Pat","address":"1 Main St, Springfield, SD 57062","lat":45.015,"lng":-99.995}"#
            try await client.execute(uri: "/api/customers", method: .post, headers: admin, body: inLeft.buffer) {
                #expect($0.status == .created, "\($0.body.text)")
            }
            let report = try await Self.report(client, headers: try await service.headers("coverage", role: .viewer))
            #expect(report["zones"] as? Int == 6)

            let overlaps = report["overlaps"] as? [[String: Any]] ?? []
            #expect(overlaps.count == 1)
            let overlap = try #require(overlaps.first)
            #expect(overlap["zone_ids"] as? [String] == ["sz_top", "sz_corner"])
            let centre = try #require(overlap["centroid"] as? [String: Double])
            #expect(abs((centre["lat"] ?? 0) - (45 + 2.75 * Self.unit)) < 1e-6 && abs((centre["lng"] ?? 0) - (-100 + 2.75 * Self.unit)) < 1e-6)
            let winner = try await client.execute(uri: "/match-zone", method: .post, headers: admin, body: #"{"lat":\#(centre["lat"] ?? 0),"lng":\#(centre["lng"] ?? 0)}"#.buffer) {
                $0.body.json["zone_id"] as? String
            }
            #expect(overlap["winner"] as? String == winner && winner == "sz_corner", "the winner is the zone /match-zone answers")
            // Half a unit square at latitude 45.0275: 0.005° of longitude by 0.005° of latitude, about 393.6 m by 555.9 m.
            #expect(((overlap["area_m2"] as? Double) ?? 0) > 210_000 && ((overlap["area_m2"] as? Double) ?? 0) < 225_000, "\(overlap)")

            let gaps = report["gaps"] as? [[String: Any]] ?? []
            #expect(gaps.count == 1, "the inactive zone over the hole does not fill it")
            let gapArea = (gaps.first?["area_m2"] as? Double) ?? 0
            #expect(gapArea > 850_000 && gapArea < 890_000, "about 787 m by 1,111 m: \(gapArea)")

            let slivers = report["slivers"] as? [[String: Any]] ?? []
            #expect(slivers.count == 1)
            #expect(slivers.first?["kind"] as? String == "overlap" && slivers.first?["zone_ids"] as? [String] == ["sz_right", "sz_thin"])
            #expect(((slivers.first?["area_m2"] as? Double) ?? 0) < 1_000)

            let properties = try #require(report["properties"] as? [String: Any])
            #expect(properties["total"] as? Int == 1 && properties["review"] as? Int == 0)
            #expect(properties["by_method"] as? [String: Int] == ["polygon": 1, "zip": 0, "manual": 0, "none": 0])
            #expect((properties["by_reason"] as? [String: Int])?.values.allSatisfy { $0 == 0 } == true)
            #expect(report["zones_without_properties"] as? [String] == ["sz_bottom", "sz_corner", "sz_right", "sz_thin", "sz_top"])
        }
    }

    @Test("a set with no problems has empty lists; another tenant's zones are not in it; a token is required")
    func cleanSetAndScope() async throws {
        let service = try await TestService()
        let admin = try await service.headers("tidy", role: .admin)
        try await service.app.test(.router) { client in
            for (id, box) in [("sz_a", Self.rectangle(0, 0, 1, 1)), ("sz_b", Self.rectangle(1, 0, 2, 1))] {
                let body = #"{"id":"\#(id)","name":"\#(id)","boundary":\#(box)}"#
                try await client.execute(uri: "/api/service-zones", method: .post, headers: admin, body: body.buffer) {
                    #expect($0.status == .created, "\($0.body.text)")
                }
            }
            let report = try await Self.report(client, headers: try await service.headers("tidy", role: .viewer))
            #expect(report["zones"] as? Int == 2)
            #expect((report["overlaps"] as? [Any])?.isEmpty == true && (report["gaps"] as? [Any])?.isEmpty == true)
            #expect((report["slivers"] as? [Any])?.isEmpty == true)
            #expect(report["zones_without_properties"] as? [String] == ["sz_a", "sz_b"])
            #expect((report["properties"] as? [String: Any])?["total"] as? Int == 0)

            let empty = try await Self.report(client, headers: try await service.headers("nobody", role: .viewer))
            #expect(empty["zones"] as? Int == 0 && (empty["zones_without_properties"] as? [String])?.isEmpty == true)
            try await client.execute(uri: "/api/service-zones/coverage", method: .get) {
                #expect($0.status == .unauthorized)
            }
        }
    }
}
