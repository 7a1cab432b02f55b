import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("POST /match-zone and /match-zone/batch")
struct MatchZoneTests {
    @Test func aPointGetsItsZone() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: #"{"lat":30.2747,"lng":-97.7404}"#.buffer) { response in
                #expect(response.status == .ok)
                #expect(response.body.text == #"{"method":"polygon","zone_id":"sz_downtown_core","zone_name":"Downtown Core"}"#)
            }
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: #"{"lat":30.1975,"lng":-97.6664,"zip":"78719"}"#.buffer) {
                #expect($0.body.json["method"] as? String == "zip")
                #expect($0.body.json["zone_id"] as? String == "sz_southeast_del_valle")
            }
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: #"{"lat":40,"lng":-75}"#.buffer) {
                #expect($0.body.text == #"{"method":"none","zone_id":null,"zone_name":null}"#)
            }
        }
    }

    @Test func zonesAreSeparatedByTenant() async throws {
        let service = try await TestService()
        let capitol = #"{"lat":30.2747,"lng":-97.7404}"#.buffer
        let other = try await service.headers("other"), nobody = try await service.headers("nobody")
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/match-zone", method: .post, headers: other, body: capitol) {
                #expect($0.body.json["zone_id"] as? String == "sz_other_square")
            }
            try await client.execute(uri: "/match-zone", method: .post, headers: nobody, body: capitol) {
                #expect($0.status == .ok)
                #expect($0.body.json["method"] as? String == "none")
            }
        }
    }

    @Test("bad points get 400 or 422 naming the field", arguments: [
        ("{\"lat\":30", 400, "invalid_json", "JSON"),
        ("", 400, "invalid_json", "body"),
        (#"{"lat":"north","lng":-97}"#, 422, "validation_failed", "lat"),
        (#"{"lat":95,"lng":-97}"#, 422, "validation_failed", "latitude"),
        (#"{"lat":30,"lng":-200}"#, 422, "validation_failed", "longitude"),
        (#"{"lat":30}"#, 422, "validation_failed", "lng"),
        (#"{"lat":30,"lng":-97,"zip":"ABCDE"}"#, 422, "validation_failed", "ZIP"),
        (#"{"lat":1e999,"lng":-97}"#, 400, "invalid_json", "JSON"),
        (#"{}"#, 422, "validation_failed", "lat"),
        (#"[1,2]"#, 422, "validation_failed", "object"),
    ])
    func badInput(body: String, status: Int, code: String, mentions: String) async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: body.buffer) { response in
                #expect(response.status.code == status, "\(body): \(response.body.text)")
                #expect(errorCode(response.body) == code)
                #expect(errorMessage(response.body).lowercased().contains(mentions.lowercased()), "\(errorMessage(response.body))")
            }
        }
    }

    @Test func aBatchAnswersInOrderWithIDs() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        let body = #"{"points":[{"id":"a","lat":30.2747,"lng":-97.7404},{"id":7,"lat":40,"lng":-75},{"lat":30.1975,"lng":-97.6664,"zip":"78719"}]}"#
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/match-zone/batch", method: .post, headers: headers, body: body.buffer) { response in
                #expect(response.status == .ok)
                let results = response.body.json["results"] as? [[String: Any]] ?? []
                #expect(results.count == 3)
                #expect(results.first?["id"] as? String == "a" && results.first?["zone_id"] as? String == "sz_downtown_core")
                #expect(results.dropFirst().first?["id"] as? Int == 7 && results.dropFirst().first?["method"] as? String == "none")
                #expect(results.last?["id"] == nil && results.last?["method"] as? String == "zip")
            }
            let bad = #"{"points":[{"lat":30,"lng":-97},{"lat":91,"lng":-97}]}"#
            try await client.execute(uri: "/match-zone/batch", method: .post, headers: headers, body: bad.buffer) {
                #expect($0.status == .unprocessableContent)
                #expect(errorMessage($0.body).contains("points[1]"))
            }
        }
    }

    @Test func aBatchOfMoreThan100000PointsIsRefused() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        let point = #"{"lat":30.27,"lng":-97.74}"#
        let atLimit = #"{"points":["# + Array(repeating: point, count: 100_000).joined(separator: ",") + "]}"
        let overLimit = #"{"points":["# + Array(repeating: point, count: 100_001).joined(separator: ",") + "]}"
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/match-zone/batch", method: .post, headers: headers, body: atLimit.buffer) { response in
                #expect(response.status == .ok)
                #expect((response.body.json["results"] as? [Any])?.count == 100_000)
            }
            try await client.execute(uri: "/match-zone/batch", method: .post, headers: headers, body: overLimit.buffer) {
                #expect($0.status == .contentTooLarge)
                #expect(errorCode($0.body) == "batch_too_large")
            }
        }
    }

    @Test func ndjsonStreamsOneResultPerLineAndReportsBadLines() async throws {
        let service = try await TestService()
        var ndjson = try await service.headers()
        ndjson[.contentType] = "application/x-ndjson"
        let headers = ndjson
        let body = """
            {"id":1,"lat":30.2747,"lng":-97.7404}
            not json

            {"id":3,"lat":95,"lng":-97}
            {"id":4,"zip":"78719"}
            """
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/match-zone/batch", method: .post, headers: headers, body: body.buffer) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/x-ndjson")
                let lines = response.body.text.split(separator: "\n").map(String.init)
                #expect(lines.count == 4)
                #expect(lines[0] == #"{"id":1,"method":"polygon","zone_id":"sz_downtown_core","zone_name":"Downtown Core"}"#)
                #expect(lines[1].contains(#""line":2"#) && lines[1].contains("invalid_json"))
                #expect(lines[2].contains(#""id":3"#) && lines[2].contains("validation_failed"))
                #expect(lines[3].hasPrefix(#"{"id":4,"method":"zip","zone_id":"sz_southeast_del_valle""#))
            }
        }
    }
}
