import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("POST /match-zone?detail=true and its batch routes")
struct MatchZoneDetailTests {
    static let capitol = #"{"lat":30.2747,"lng":-97.7404}"#
    static let capitolAnswer = #"{"method":"polygon","zone_id":"sz_downtown_core","zone_name":"Downtown Core"}"#

    @Test(arguments: ["/match-zone", "/match-zone?detail=false", "/match-zone?detail=0", "/match-zone?other=1"])
    func withoutDetailTheAnswerIsUnchanged(uri: String) async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: uri, method: .post, headers: headers, body: Self.capitol.buffer) {
                #expect($0.body.text == Self.capitolAnswer)
            }
        }
    }

    @Test(arguments: ["true", "1", "TRUE"])
    func aPolygonMatchGetsItsBoundaryDistance(value: String) async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/match-zone?detail=\(value)", method: .post, headers: headers, body: Self.capitol.buffer) { response in
                #expect(response.status == .ok)
                let text = response.body.text
                #expect(text.hasPrefix(#"{"boundary_distance_m":"#), "\(text)")
                #expect(text.hasSuffix(#","method":"polygon","zone_id":"sz_downtown_core","zone_name":"Downtown Core"}"#), "\(text)")
                let json = response.body.json
                let metres = json["boundary_distance_m"] as? Double ?? -1
                #expect(metres > 0 && metres < 5_000, "\(metres)")
                #expect(json["nearest_zone_id"] == nil && json["nearest_distance_m"] == nil)
            }
        }
    }

    @Test func anOutOfAreaPointIsToldItsNearestZone() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            // Philadelphia, about 2,200 km from Austin.
            try await client.execute(uri: "/match-zone?detail=true", method: .post, headers: headers, body: #"{"lat":40,"lng":-75}"#.buffer) { response in
                let json = response.body.json
                #expect(json["method"] as? String == "none")
                #expect((json["nearest_zone_id"] as? String)?.hasPrefix("sz_") == true)
                #expect(json["nearest_zone_name"] is String)
                let nearest = json["nearest_distance_m"] as? Double ?? -1
                #expect(nearest > 2_000_000 && nearest < 2_500_000, "\(nearest)")
                #expect(json["boundary_distance_m"] as? Double == nearest)
            }
            // No point: no distances, and no nearest zone.
            try await client.execute(uri: "/match-zone?detail=true", method: .post, headers: headers, body: #"{"zip":"78719"}"#.buffer) { response in
                #expect(response.body.text.hasPrefix(#"{"boundary_distance_m":null,"method":"zip","zone_id":"sz_southeast_del_valle""#), "\(response.body.text)")
            }
        }
    }

    @Test(arguments: ["yes", "", "2", "true,false"])
    func aBadDetailValueIs422(value: String) async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            for uri in ["/match-zone", "/match-zone/batch"] {
                let body = uri == "/match-zone" ? Self.capitol : #"{"points":[\#(Self.capitol)]}"#
                try await client.execute(uri: "\(uri)?detail=\(value)", method: .post, headers: headers, body: body.buffer) { response in
                    #expect(response.status == .unprocessableContent, "\(uri)?detail=\(value)")
                    #expect(errorCode(response.body) == "validation_failed")
                    #expect(errorMessage(response.body).contains("detail"))
                }
            }
        }
    }

    @Test func aBatchWithDetailGivesEachResultItsDistances() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        let body = #"{"points":[{"id":"a","lat":30.2747,"lng":-97.7404},{"id":7,"lat":40,"lng":-75},{"zip":"78719"}]}"#
        try await service.app.test(.router) { client in
            let single = try await client.execute(uri: "/match-zone?detail=true", method: .post, headers: headers, body: Self.capitol.buffer) { $0.body.text }
            try await client.execute(uri: "/match-zone/batch?detail=true", method: .post, headers: headers, body: body.buffer) { response in
                #expect(response.status == .ok)
                let results = response.body.json["results"] as? [[String: Any]] ?? []
                #expect(results.count == 3)
                #expect(results.first?["id"] as? String == "a" && results.first?["boundary_distance_m"] is Double)
                #expect(response.body.text.contains(single.replacingOccurrences(of: #","method""#, with: #","id":"a","method""#)))
                #expect(results.dropFirst().first?["nearest_zone_id"] is String && results.dropFirst().first?["nearest_distance_m"] is Double)
                #expect(results.last?["boundary_distance_m"] is NSNull && results.last?["nearest_zone_id"] == nil)
            }
        }
    }

    @Test func ndjsonWithDetailGivesEachLineItsDistances() async throws {
        let service = try await TestService()
        var ndjson = try await service.headers()
        ndjson[.contentType] = "application/x-ndjson"
        let headers = ndjson
        let body = """
            {"id":1,"lat":30.2747,"lng":-97.7404}
            not json
            {"id":3,"lat":40,"lng":-75}
            """
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/match-zone/batch?detail=1", method: .post, headers: headers, body: body.buffer) { response in
                let lines = response.body.text.split(separator: "\n").map(String.init)
                #expect(lines.count == 3)
                #expect(lines[0].hasPrefix(#"{"boundary_distance_m":"#) && lines[0].hasSuffix(#""id":1,"method":"polygon","zone_id":"sz_downtown_core","zone_name":"Downtown Core"}"#))
                #expect(lines[1].contains("invalid_json"))
                #expect(lines[2].contains(#""method":"none","nearest_distance_m":"#) && lines[2].contains(#""nearest_zone_id":"sz_"#))
            }
        }
    }

    @Test func theOpenAPIDocumentDescribesDetail() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            let document = try await client.execute(uri: "/openapi.json", method: .get, headers: headers) { $0.body.json }
            let paths = document["paths"] as? [String: Any] ?? [:]
            for path in ["/match-zone", "/match-zone/batch"] {
                let post = (paths[path] as? [String: Any])?["post"] as? [String: Any] ?? [:]
                let parameters = post["parameters"] as? [[String: Any]] ?? []
                #expect(parameters.contains { $0["name"] as? String == "detail" && $0["in"] as? String == "query" }, "\(path)")
            }
            let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
            let properties = (schemas["Match"] as? [String: Any])?["properties"] as? [String: Any] ?? [:]
            for name in ["boundary_distance_m", "nearest_zone_id", "nearest_zone_name", "nearest_distance_m"] {
                #expect(properties[name] != nil, "\(name)")
            }
        }
    }
}
