import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The same endpoints over a real socket.
@Suite("Over a real socket (.live)")
struct LiveServerTests {
    @Test func everyEndpointAnswersOverTCP() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.live) { client in
            try await client.execute(uri: "/healthz", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/match-zone", method: .post, body: #"{"lat":30.2747,"lng":-97.7404}"#.buffer) {
                #expect($0.status == .unauthorized && errorCode($0.body) == "unauthorized")
            }
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: #"{"lat":30.2747,"lng":-97.7404}"#.buffer) {
                #expect($0.body.json["zone_id"] as? String == "sz_downtown_core")
            }
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: #"{"lat":"x"}"#.buffer) {
                #expect($0.status == .unprocessableContent && errorMessage($0.body).contains("lat"))
            }
            try await client.execute(uri: "/match-zone/batch", method: .post, headers: headers, body: #"{"points":[{"id":"p","zip":"78701"}]}"#.buffer) {
                #expect(($0.body.json["results"] as? [[String: Any]])?.first?["method"] as? String == "zip")
            }
            try await client.execute(uri: "/geocode?address=Austin%2C%20TX", method: .get, headers: headers) {
                #expect($0.body.json["precision"] as? String == "city")
            }
            let zone = #"{"id":"sz_live","name":"Live","boundary":"# + ServiceZoneTests.square(lng: -100, lat: 45, half: 0.5) + "}"
            try await client.execute(uri: "/api/service-zones", method: .post, headers: headers, body: zone.buffer) { #expect($0.status == .created) }
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: ServiceZoneTests.probe.buffer) {
                #expect($0.body.json["zone_id"] as? String == "sz_live")
            }
            try await client.execute(uri: "/api/service-zones/sz_live", method: .get, headers: headers) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/service-zones/sz_live", method: .put, headers: headers, body: zone.buffer) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/service-zones/sz_live", method: .delete, headers: headers) { #expect($0.status == .noContent) }
            try await client.execute(uri: "/api/service-zones", method: .get, headers: headers) { #expect($0.body.json["total"] as? Int == 14) }
            try await client.execute(uri: "/metrics", method: .get, headers: headers) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(TestService.metricsToken)"]) {
                #expect($0.body.text.contains("curbside_http_requests_total"))
            }
            try await client.execute(uri: "/openapi.json", method: .get, headers: headers) { #expect($0.body.json["openapi"] as? String == "3.1.0") }
            try await client.execute(uri: "/match-zone", method: .delete, headers: headers) { #expect($0.status == .methodNotAllowed) }
            try await client.execute(uri: "/nope", method: .get, headers: headers) { #expect($0.status == .notFound) }
        }
    }

    @Test func ndjsonStreamsALargeSetInOrder() async throws {
        let service = try await TestService()
        var ndjson = try await service.headers()
        ndjson[.contentType] = "application/x-ndjson"
        let headers = ndjson
        let count = 30_000
        var body = ""
        body.reserveCapacity(count * 48)
        for index in 0..<count {
            let lat = 30.1 + Double(index % 500) * 0.001, lng = -97.9 + Double(index / 500 % 300) * 0.001
            body += #"{"id":\#(index),"lat":\#(lat),"lng":\#(lng)}"# + "\n"
        }
        let requestBody = body
        try await service.app.test(.live) { client in
            try await client.execute(uri: "/match-zone/batch", method: .post, headers: headers, body: requestBody.buffer) { response in
                #expect(response.status == .ok)
                let lines = response.body.readableBytesView.split(separator: UInt8(ascii: "\n"))
                #expect(lines.count == count)
                var inOrder = true
                for (index, line) in lines.enumerated() where !String(decoding: line, as: UTF8.self).hasPrefix("{\"id\":\(index),") {
                    inOrder = false
                    break
                }
                #expect(inOrder)
            }
        }
    }

    /// Bad lines and lines over the limit spread through a body of many chunks: each gets its own numbered error line
    /// and every other line its answer, all in input order.
    @Test func ndjsonNumbersErrorsAcrossChunks() async throws {
        let service = try await TestService()
        var ndjson = try await service.headers()
        ndjson[.contentType] = "application/x-ndjson"
        let headers = ndjson
        var body = ""
        var expected: [String] = []
        for line in 1...6_000 {
            switch line % 1_000 {
            case 17:
                body += #"{"id":\#(line),"pad":""# + String(repeating: "p", count: 70_000) + "\"}\n"
                expected.append(#"{"error":{"code":"line_too_long","message":"a line is longer than 65536 bytes"},"line":\#(line)}"#)
            case 400:
                body += #"{"id":\#(line),"lat":"north","lng":-97.7}"# + "\n"
                expected.append("error \(line)")
            default:
                body += #"{"id":\#(line),"lat":30.2747,"lng":-97.7404}"# + "\n"
                expected.append("id \(line)")
            }
        }
        let (requestBody, wanted) = (body, expected)
        try await service.app.test(.live) { client in
            try await client.execute(uri: "/match-zone/batch", method: .post, headers: headers, body: requestBody.buffer) { response in
                let expected = wanted
                #expect(response.status == .ok)
                let lines = response.body.readableBytesView.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
                #expect(lines.count == expected.count)
                for (line, want) in zip(lines, expected) {
                    if want.hasPrefix("id ") {
                        #expect(line.hasPrefix(#"{"id":\#(want.dropFirst(3)),"method":"polygon""#), "\(line)")
                    } else if want.hasPrefix("error ") {
                        #expect(line.contains(#""code":"validation_failed""#) && line.hasSuffix(#""line":\#(want.dropFirst(6))}"#), "\(line)")
                    } else {
                        #expect(line == want)
                    }
                }
            }
        }
    }
}
