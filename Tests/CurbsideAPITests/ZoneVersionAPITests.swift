import CurbsideAPI
import Customers
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Territory changes over HTTP, on either store: drafts, the impact preview, publishing now and on a date,
/// canceling, `stale_draft`, matching as of a date and a property's zone history.
@Suite("Zone drafts and versions over HTTP")
struct ZoneVersionAPITests {
    /// A point in or near the Austin sample zones, deterministic for `seed`.
    static func point(_ seed: Int) -> (lat: Double, lng: Double) {
        var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        return (30.20 + next() * 0.16, -97.82 + next() * 0.16)
    }

    /// Creates `count` customers (each with a property at its point) and returns the property ids with their points.
    static func populate(
        _ client: some TestClientProtocol, headers: HTTPFields, count: Int, plan: String? = nil
    ) async throws -> [(id: String, lat: Double, lng: Double)] {
        let planField = plan.map { #","service_plan_id":"\#($0)""# } ?? ""
        var properties: [(String, Double, Double)] = []
        for index in 0..<count {
            let (lat, lng) = point(index)
            let body = #"{"name":"Customer \#(index)","address":"\#(100 + index) Congress Ave, Austin, TX 78701","lat":\#(lat),"lng":\#(lng)\#(planField)}"#
            let id = try await client.execute(uri: "/api/customers", method: .post, headers: headers, body: body.buffer) { response in
                #expect(response.status == .created, "\(response.body.text)")
                return response.body.json["id"] as? String ?? ""
            }
            let property = try await client.execute(uri: "/api/customers/\(id)/properties", method: .get, headers: headers) {
                (($0.body.json["data"] as? [[String: Any]])?.first?["id"] as? String) ?? ""
            }
            properties.append((property, lat, lng))
        }
        return properties
    }

    static func createDraft(_ client: some TestClientProtocol, headers: HTTPFields, from: String = "current") async throws -> String {
        try await client.execute(uri: "/api/zone-drafts", method: .post, headers: headers, body: #"{"name":"Next month","from":"\#(from)"}"#.buffer) {
            #expect($0.status == .created, "\($0.body.text)")
            return $0.body.json["id"] as? String ?? ""
        }
    }

    static func zoneOfProperties(_ client: some TestClientProtocol, headers: HTTPFields) async throws -> [String: String?] {
        var zones: [String: String?] = [:]
        var page = 1
        while true {
            let rows = try await client.execute(uri: "/api/properties?limit=200&page=\(page)", method: .get, headers: headers) {
                $0.body.json["data"] as? [[String: Any]] ?? []
            }
            for row in rows { zones[row["id"] as? String ?? ""] = row["service_zone_id"] as? String }
            if rows.count < 200 { return zones }
            page += 1
        }
    }

    static func match(_ client: some TestClientProtocol, headers: HTTPFields, lat: Double, lng: Double, asOf: String? = nil) async throws -> (Int, String?) {
        let query = asOf.map { "?as_of=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) } ?? ""
        return try await client.execute(uri: "/match-zone\(query)", method: .post, headers: headers, body: #"{"lat":\#(lat),"lng":\#(lng)}"#.buffer) {
            (Int($0.status.code), $0.body.json["zone_id"] as? String)
        }
    }

    /// A plan, and a route template per zone and weekday, so moves change templates and (in uniform mode) days.
    static func catalog(_ client: some TestClientProtocol, headers: HTTPFields) async throws -> String {
        let plan = try await client.execute(uri: "/api/service-plans", method: .post, headers: headers, body: #"{"name":"Weekly","frequency":"weekly","price_cents":3000}"#.buffer) {
            #expect($0.status == .created, "\($0.body.text)")
            return $0.body.json["id"] as? String ?? ""
        }
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday"]
        for (offset, zone) in ["sz_downtown_core", "sz_central_austin", "sz_east_austin", "sz_south_congress", "sz_north_austin_wells_branch"].enumerated() {
            let body = #"{"name":"Route \#(zone)","service_zone_id":"\#(zone)","service_plan_id":"\#(plan)","day_of_week":"\#(days[offset])"}"#
            try await client.execute(uri: "/api/route-templates", method: .post, headers: headers, body: body.buffer) {
                #expect($0.status == .created, "\($0.body.text)")
            }
        }
        try await client.execute(uri: "/api/tenant/settings", method: .put, headers: headers, body: #"{"trash_day_mode":"uniform","default_trash_day":"Monday"}"#.buffer) {
            #expect($0.status == .ok, "\($0.body.text)")
        }
        return plan
    }

    @Test("the preview equals what publishing does; after it every property's zone is /match-zone's, except pinned ones")
    func previewEqualsPublish() async throws {
        let service = try await TestService()
        let admin = try await service.headers(role: .admin)
        try await service.app.test(.router) { client in
            let plan = try await Self.catalog(client, headers: admin)
            let properties = try await Self.populate(client, headers: admin, count: 240, plan: plan)
            // Three properties pinned by hand to a zone their point is not in.
            let pinned = Array(properties.prefix(3))
            for property in pinned {
                try await client.execute(uri: "/api/properties/\(property.id)", method: .put, headers: admin, body: #"{"service_zone_id":"sz_north_austin_wells_branch"}"#.buffer) {
                    #expect($0.status == .ok, "\($0.body.text)")
                }
            }
            let before = try await Self.zoneOfProperties(client, headers: admin)
            let draft = try await Self.createDraft(client, headers: admin)
            // Drop one zone, move another's boundary, add a new one over part of the area.
            try await client.execute(uri: "/api/zone-drafts/\(draft)/zones/sz_downtown_core", method: .delete, headers: admin) {
                #expect($0.status == .noContent, "\($0.body.text)")
            }
            let square = #"{"type":"Polygon","coordinates":[[[-97.78,30.25],[-97.70,30.25],[-97.70,30.31],[-97.78,30.31],[-97.78,30.25]]]}"#
            try await client.execute(uri: "/api/zone-drafts/\(draft)/zones", method: .post, headers: admin,
                                     body: #"{"id":"sz_new_core","name":"New Core","priority":20,"boundary":\#(square)}"#.buffer) {
                #expect($0.status == .created, "\($0.body.text)")
            }
            // Drafts never affect matching.
            #expect(try await Self.match(client, headers: admin, lat: 30.2747, lng: -97.7404).1 == "sz_downtown_core")

            let viewer = try await service.headers(role: .viewer)
            let impact = try await client.execute(uri: "/api/zone-drafts/\(draft)/impact?limit=200", method: .get, headers: viewer) {
                #expect($0.status == .ok, "\($0.body.text)")
                return $0.body.json
            }
            let zones = try #require(impact["zones"] as? [String: [String]])
            #expect(zones["removed"] == ["sz_downtown_core"] && zones["added"] == ["sz_new_core"] && zones["changed"] == [])
            let summary = try #require(impact["summary"] as? [String: Any])
            let total = try #require(impact["total"] as? Int)
            #expect(total > 20 && summary["moved"] as? Int == total, "\(summary)")
            var moves: [[String: Any]] = impact["moves"] as? [[String: Any]] ?? []
            var page = 2
            while moves.count < total {
                moves += try await client.execute(uri: "/api/zone-drafts/\(draft)/impact?limit=200&page=\(page)", method: .get, headers: viewer) {
                    $0.body.json["moves"] as? [[String: Any]] ?? []
                }
                page += 1
            }
            #expect(moves.count == total)
            #expect(!moves.contains { move in pinned.contains { $0.id == move["property_id"] as? String } }, "pinned properties do not move")
            #expect((summary["pinned"] as? Int ?? 0) >= 1)
            let pairs = summary["by_pair"] as? [[String: Any]] ?? []
            #expect(pairs.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == total)
            for move in moves where move["to_zone_id"] as? String == "sz_central_austin" {
                #expect(move["to_trash_day"] as? String == "Tuesday", "uniform mode: the new template's day")
                #expect((move["to_route_template_id"] as? String)?.hasPrefix("rt_") == true)
            }
            let csv = try await client.execute(uri: "/api/zone-drafts/\(draft)/impact", method: .get, headers: [.authorization: viewer[.authorization]!, .accept: "text/csv"]) {
                #expect($0.headers[.contentType]?.hasPrefix("text/csv") == true)
                return $0.body.text
            }
            let lines = csv.split(separator: "\r\n")
            #expect(lines.first == "property_id,customer_id,customer_name,address,from_zone_id,to_zone_id,from_route_template_id,to_route_template_id,from_trash_day,to_trash_day")
            #expect(lines.count == total + 1)

            let version = try await client.execute(uri: "/api/zone-drafts/\(draft)/publish", method: .post, headers: admin, body: #"{"note":"new core"}"#.buffer) {
                #expect($0.status == .created, "\($0.body.text)")
                return $0.body.json
            }
            #expect(version["status"] as? String == "applied")
            #expect((version["counts"] as? [String: Any])?["moved"] as? Int == total)

            let after = try await Self.zoneOfProperties(client, headers: admin)
            let moved = Dictionary(uniqueKeysWithValues: moves.map { ($0["property_id"] as? String ?? "", $0["to_zone_id"] as? String) })
            for property in properties {
                let expected = moved[property.id] ?? before[property.id] ?? nil
                #expect(after[property.id] == expected, "\(property.id): the preview said \(String(describing: expected))")
                if pinned.contains(where: { $0.id == property.id }) {
                    #expect(after[property.id] == "sz_north_austin_wells_branch")
                } else {
                    let answer = try await Self.match(client, headers: admin, lat: property.lat, lng: property.lng)
                    #expect(after[property.id] == answer.1, "\(property.id) is where /match-zone puts its point")
                }
            }
            let events = try await service.strings("SELECT kind FROM outbox_events WHERE kind IN ('property.rezoned', 'zone_set.published')")
            #expect(events.count { $0 == "property.rezoned" } == total && events.count { $0 == "zone_set.published" } == 1)
            let payload = try #require(try await service.strings("SELECT payload FROM outbox_events WHERE kind = 'property.rezoned' ORDER BY subject_id").first)
            let notice = try #require(try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any])
            for key in ["property_id", "customer_name", "address", "from_zone_id", "to_zone_id", "from_route_template_id", "to_route_template_id",
                        "from_trash_day", "to_trash_day", "effective_at", "version_id"] {
                #expect(notice.keys.contains(key), "the event carries \(key)")
            }
            try await client.execute(uri: "/api/zone-drafts/\(draft)", method: .get, headers: admin) { #expect($0.status == .notFound) }
        }
    }

    @Test("a draft made before another publish is stale_draft; a direct zone edit makes drafts stale too")
    func staleDraft() async throws {
        let service = try await TestService()
        let admin = try await service.headers(role: .admin)
        try await service.app.test(.router) { client in
            let first = try await Self.createDraft(client, headers: admin)
            let second = try await Self.createDraft(client, headers: admin, from: "empty")
            try await client.execute(uri: "/api/zone-drafts/\(second)", method: .get, headers: admin) { #expect($0.body.json["zone_count"] as? Int == 0) }
            try await client.execute(uri: "/api/zone-drafts/\(first)/publish", method: .post, headers: admin) { #expect($0.status == .created, "\($0.body.text)") }
            try await client.execute(uri: "/api/zone-drafts/\(second)/publish", method: .post, headers: admin) {
                #expect($0.status == .conflict && errorCode($0.body) == "stale_draft", "\($0.body.text)")
            }
            let third = try await Self.createDraft(client, headers: admin)
            try await client.execute(uri: "/api/service-zones/sz_downtown_core", method: .delete, headers: admin) { #expect($0.status == .noContent) }
            try await client.execute(uri: "/api/zone-drafts/\(third)/publish", method: .post, headers: admin) {
                #expect($0.status == .conflict && errorCode($0.body) == "stale_draft", "\($0.body.text)")
            }
            let versions = try await client.execute(uri: "/api/zone-versions", method: .get, headers: admin) { $0.body.json["data"] as? [[String: Any]] ?? [] }
            #expect(versions.map { $0["number"] as? Int } == [3, 2, 1], "the direct delete is a version of one change")
            #expect((versions.first?["counts"] as? [String: Any])?["removed"] as? Int == 1)
            #expect(versions.first?["rezone"] as? Bool == false)
        }
    }

    @Test("as_of answers with the set in effect then: 422 before the first version, old and new sets around a publish")
    func asOf() async throws {
        let service = try await TestService()
        let admin = try await service.headers(role: .admin)
        try await service.app.test(.router) { client in
            let capitol = (lat: 30.2747, lng: -97.7404)
            let properties = try await Self.populate(client, headers: admin, count: 1)
            try await client.execute(uri: "/api/properties/\(properties[0].id)", method: .put, headers: admin,
                                     body: #"{"lat":\#(capitol.lat),"lng":\#(capitol.lng),"address":"1100 Congress Ave, Austin, TX 78701"}"#.buffer) {
                #expect($0.status == .ok, "\($0.body.text)")
            }
            #expect(try await Self.match(client, headers: admin, lat: capitol.lat, lng: capitol.lng, asOf: "2000-01-01").0 == 422)
            #expect(try await Self.match(client, headers: admin, lat: capitol.lat, lng: capitol.lng, asOf: "yesterday").0 == 422)
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
            try await Task.sleep(for: .milliseconds(20))
            let between = formatter.string(from: Date())
            try await Task.sleep(for: .milliseconds(20))
            let first = try await Self.createDraft(client, headers: admin)
            try await client.execute(uri: "/api/zone-drafts/\(first)/zones/sz_downtown_core", method: .delete, headers: admin) { #expect($0.status == .noContent) }
            try await client.execute(uri: "/api/zone-drafts/\(first)/publish", method: .post, headers: admin) { #expect($0.status == .created, "\($0.body.text)") }
            try await Task.sleep(for: .milliseconds(20))
            let afterFirst = formatter.string(from: Date())
            try await Task.sleep(for: .milliseconds(20))
            let second = try await Self.createDraft(client, headers: admin)
            let square = #"{"type":"Polygon","coordinates":[[[-97.75,30.27],[-97.73,30.27],[-97.73,30.28],[-97.75,30.28],[-97.75,30.27]]]}"#
            try await client.execute(uri: "/api/zone-drafts/\(second)/zones", method: .post, headers: admin,
                                     body: #"{"id":"sz_capitol","name":"Capitol","priority":50,"boundary":\#(square)}"#.buffer) {
                #expect($0.status == .created, "\($0.body.text)")
            }
            try await client.execute(uri: "/api/zone-drafts/\(second)/publish", method: .post, headers: admin) { #expect($0.status == .created, "\($0.body.text)") }

            #expect(try await Self.match(client, headers: admin, lat: capitol.lat, lng: capitol.lng, asOf: between) == (200, "sz_downtown_core"))
            #expect(try await Self.match(client, headers: admin, lat: capitol.lat, lng: capitol.lng, asOf: afterFirst) == (200, "sz_central_austin"))
            #expect(try await Self.match(client, headers: admin, lat: capitol.lat, lng: capitol.lng) == (200, "sz_capitol"))
            let encoded = between.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? between
            let batch = try await client.execute(uri: "/match-zone/batch?as_of=\(encoded)", method: .post, headers: admin,
                                                 body: #"{"points":[{"lat":\#(capitol.lat),"lng":\#(capitol.lng)}]}"#.buffer) {
                (($0.body.json["results"] as? [[String: Any]])?.first?["zone_id"] as? String)
            }
            #expect(batch == "sz_downtown_core")
            var ndjson = admin
            ndjson[.contentType] = "application/x-ndjson"
            let lines = try await client.execute(uri: "/match-zone/batch?as_of=\(afterFirst.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? afterFirst)", method: .post, headers: ndjson,
                                                 body: #"{"lat":\#(capitol.lat),"lng":\#(capitol.lng)}"#.buffer) { $0.body.text }
            #expect(lines.contains("sz_central_austin"), "\(lines)")

            let history = try await client.execute(uri: "/api/properties/\(properties[0].id)/zone-history", method: .get, headers: admin) { $0.body.json }
            let periods = try #require(history["data"] as? [[String: Any]])
            #expect(periods.map { $0["zone_id"] as? String } == ["sz_downtown_core", "sz_central_austin", "sz_capitol"], "\(periods)")
            #expect(periods.first?["version_id"] is NSNull && periods.last?["until"] is NSNull)
            #expect(history["current_zone_id"] as? String == "sz_capitol")
            try await client.execute(uri: "/api/properties/prop_none/zone-history", method: .get, headers: admin) { #expect($0.status == .notFound) }
        }
    }

    @Test("a scheduled version changes nothing until its date, is applied once by the outbox worker, and can be canceled before")
    func scheduled() async throws {
        let service = try await TestService()
        let admin = try await service.headers(role: .admin)
        try await service.app.test(.router) { client in
            let capitol = (lat: 30.2747, lng: -97.7404)
            let formatter = ISO8601DateFormatter()
            let canceled = try await Self.createDraft(client, headers: admin)
            try await client.execute(uri: "/api/zone-drafts/\(canceled)/zones/sz_central_austin", method: .delete, headers: admin) { #expect($0.status == .noContent) }
            // Due at the same time as the one applied below: its worker finds it canceled and leaves it.
            let later = formatter.string(from: Date().addingTimeInterval(3_600))
            let version = try await client.execute(uri: "/api/zone-drafts/\(canceled)/publish", method: .post, headers: admin,
                                                   body: #"{"effective_at":"\#(later)"}"#.buffer) { $0.body.json }
            #expect(version["status"] as? String == "scheduled")
            let id = try #require(version["id"] as? String)
            try await client.execute(uri: "/api/zone-versions/\(id)", method: .delete, headers: admin) {
                #expect($0.status == .ok && $0.body.json["status"] as? String == "canceled", "\($0.body.text)")
            }
            try await client.execute(uri: "/api/zone-versions/\(id)", method: .delete, headers: admin) {
                #expect($0.status == .conflict && errorCode($0.body) == "version_not_scheduled")
            }

            let draft = try await Self.createDraft(client, headers: admin)
            try await client.execute(uri: "/api/zone-drafts/\(draft)/zones/sz_downtown_core", method: .delete, headers: admin) { #expect($0.status == .noContent) }
            let scheduled = try await client.execute(uri: "/api/zone-drafts/\(draft)/publish", method: .post, headers: admin,
                                                     body: #"{"effective_at":"\#(later)"}"#.buffer) { $0.body.json }
            #expect(scheduled["status"] as? String == "scheduled")
            #expect(try await Self.match(client, headers: admin, lat: capitol.lat, lng: capitol.lng).1 == "sz_downtown_core")
            let set = try await client.execute(uri: "/api/zone-versions/\(scheduled["id"] as? String ?? "")", method: .get, headers: admin) { $0.body.json }
            #expect((set["features"] as? [Any])?.count == TestService.austinZones.count - 1, "the set it will make")
            #expect((set["version"] as? [String: Any])?["status"] as? String == "scheduled")

            _ = await service.outboxWorker().deliverDue()
            #expect(try await Self.match(client, headers: admin, lat: capitol.lat, lng: capitol.lng).1 == "sz_downtown_core", "not before its date")
            // Two hours on, both are due: the canceled one is left alone, the other applied.
            let worker = service.outboxWorker(now: { Date().addingTimeInterval(7_200) })
            _ = await worker.deliverDue()
            _ = await worker.deliverDue()
            #expect(try await Self.match(client, headers: admin, lat: capitol.lat, lng: capitol.lng).1 == "sz_central_austin")
            let versions = try await client.execute(uri: "/api/zone-versions", method: .get, headers: admin) { $0.body.json["data"] as? [[String: Any]] ?? [] }
            #expect(versions.map { $0["status"] as? String } == ["applied", "canceled", "applied"])
            try await client.execute(uri: "/api/service-zones/sz_central_austin", method: .get, headers: admin) {
                #expect($0.status == .ok, "the canceled version never fired")
            }
            let published = try await service.strings("SELECT subject_id FROM outbox_events WHERE kind = 'zone_set.published'")
            #expect(published == [scheduled["id"] as? String ?? ""], "applied once")
        }
    }

    @Test("roles and tenants: viewers read and preview, admins write; another tenant's draft is a 404")
    func rolesAndTenants() async throws {
        let service = try await TestService()
        let admin = try await service.headers(role: .admin)
        let editor = try await service.headers(role: .editor)
        let viewer = try await service.headers(role: .viewer)
        let other = try await service.headers("other", role: .admin)
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/api/zone-drafts", method: .post, headers: editor, body: #"{"from":"current"}"#.buffer) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/api/zone-drafts", method: .post, headers: admin, body: #"{"from":"elsewhere"}"#.buffer) {
                #expect($0.status == .unprocessableContent, "\($0.body.text)")
            }
            try await client.execute(uri: "/api/zone-drafts", method: .post, headers: admin, body: #"{}"#.buffer) { #expect($0.status == .unprocessableContent) }
            let draft = try await Self.createDraft(client, headers: admin)
            for uri in ["/api/zone-drafts", "/api/zone-drafts/\(draft)", "/api/zone-drafts/\(draft)/zones", "/api/zone-drafts/\(draft)/impact", "/api/zone-versions"] {
                try await client.execute(uri: uri, method: .get, headers: viewer) { #expect($0.status == .ok, "\(uri): \($0.body.text)") }
            }
            try await client.execute(uri: "/api/zone-drafts/\(draft)/publish", method: .post, headers: viewer) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/api/zone-drafts/\(draft)/zones/sz_downtown_core", method: .delete, headers: viewer) { #expect($0.status == .forbidden) }
            for uri in ["/api/zone-drafts/\(draft)", "/api/zone-drafts/\(draft)/impact", "/api/zone-drafts/\(draft)/zones"] {
                try await client.execute(uri: uri, method: .get, headers: other) { #expect($0.status == .notFound, "\(uri)") }
            }
            try await client.execute(uri: "/api/zone-drafts/\(draft)/publish", method: .post, headers: other) { #expect($0.status == .notFound) }
            let versions = try await client.execute(uri: "/api/zone-versions", method: .get, headers: other) { $0.body.json["data"] as? [[String: Any]] ?? [] }
            #expect(versions.count == 1, "only the other tenant's own version")
            try await client.execute(uri: "/api/zone-drafts/\(draft)/zones", method: .post, headers: admin, body: #"{"name":"No boundary"}"#.buffer) {
                #expect($0.status == .unprocessableContent || $0.status == .badRequest, "\($0.body.text)")
            }
            try await client.execute(uri: "/api/zone-drafts/\(draft)/zones", method: .post, headers: admin,
                                     body: #"{"id":"sz_downtown_core","name":"Again","boundary":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]}}"#.buffer) {
                #expect($0.status == .conflict, "\($0.body.text)")
            }
            try await client.execute(uri: "/api/zone-drafts/\(draft)/publish", method: .post, headers: admin, body: #"{"effective_at":"soon"}"#.buffer) {
                #expect($0.status == .unprocessableContent || $0.status == .badRequest, "\($0.body.text)")
            }
        }
    }
}
