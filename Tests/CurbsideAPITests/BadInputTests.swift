import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Malformed, oversized and hostile input gets a clear 4xx naming the problem, and the service keeps answering.
@Suite("Bad input: a clear 4xx, never a 5xx, and the server stays healthy")
struct BadInputTests {
    /// Sends each request, checks its status and error code, then checks that the service still matches a point.
    private func expectRejected(
        _ requests: [(uri: String, method: HTTPRequest.Method, body: ByteBuffer, status: HTTPResponse.Status, code: String)]
    ) async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            for request in requests {
                try await client.execute(uri: request.uri, method: request.method, headers: headers, body: request.body) { response in
                    #expect(response.status == request.status, "\(request.method) \(request.uri): \(response.body.text.prefix(200))")
                    #expect(errorCode(response.body) == request.code, "\(request.uri): \(response.body.text.prefix(200))")
                    #expect(!errorMessage(response.body).isEmpty)
                }
            }
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: #"{"lat":30.2747,"lng":-97.7404}"#.buffer) {
                #expect($0.status == .ok && $0.body.json["zone_id"] as? String == "sz_downtown_core")
            }
        }
    }

    @Test func oversizedAndMalformedBodies() async throws {
        let huge = ByteBuffer(repeating: UInt8(ascii: " "), count: (16 << 20) + 1)
        let nested = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let deepObject = String(repeating: #"{"a":"#, count: 50_000) + "1" + String(repeating: "}", count: 50_000)
        try await expectRejected([
            ("/match-zone", .post, huge, .contentTooLarge, "body_too_large"),
            ("/api/customers", .post, huge, .contentTooLarge, "body_too_large"),
            ("/match-zone", .post, nested.buffer, .badRequest, "invalid_json"),
            ("/api/customers", .post, deepObject.buffer, .badRequest, "invalid_json"),
            ("/match-zone", .post, #"{"lat":NaN,"lng":1}"#.buffer, .badRequest, "invalid_json"),
            ("/match-zone", .post, #"{"lat":Infinity,"lng":1}"#.buffer, .badRequest, "invalid_json"),
            ("/match-zone", .post, #"{"lat":1e999,"lng":1}"#.buffer, .badRequest, "invalid_json"),
            ("/match-zone", .post, #"{"lat":30,"lng":-97"#.buffer, .badRequest, "invalid_json"),
            ("/match-zone", .post, "\u{FF}\u{FE}garbage".buffer, .badRequest, "invalid_json"),
        ])
    }

    @Test func wrongTypesNameTheField() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        let cases: [(String, String, String)] = [
            ("/match-zone", #"{"lat":"thirty","lng":-97}"#, "lat"),
            ("/match-zone", #"{"lat":30,"lng":[1]}"#, "lng"),
            ("/match-zone", #"{"lat":30,"lng":-97,"zip":78701}"#, "zip"),
            ("/api/customers", #"{"name":42}"#, "name"),
            ("/api/customers", #"{"name":"A","email":["a@b.c"]}"#, "email"),
            ("/match-zone/batch", #"{"points":{"lat":1}}"#, "points"),
            ("/api/customers", #"{"name":"A","enrolled_at":""}"#, "enrolled_at"),
            ("/api/customers", #"{"name":"A","enrolled_at":"next tuesday"}"#, "enrolled_at"),
            ("/api/customers", #"{"name":"A","enrolled_at":17}"#, "enrolled_at"),
            ("/api/customers", #"{"name":"A","enrolled_at":"2024-01-01T12:99:00Z"}"#, "enrolled_at"),
            ("/api/customers", #"{"name":"A","enrolled_at":"2023-02-29"}"#, "enrolled_at"),
            ("/api/customers", #"{"name":"A","enrolled_at":"2024-13-01T00:00:00Z"}"#, "enrolled_at"),
            ("/api/customers", #"{"name":"A","enrolled_at":"2024-01-01T10:00:00"}"#, "enrolled_at"),
            ("/api/customers", #"{"name":"A","custom_fields_json":true}"#, "custom_fields_json"),
            ("/api/service-plans", #"{"name":"P","price_cents":54486913655115730657921137115136}"#, "price_cents"),
            ("/api/service-plans", #"{"name":"P","price_cents":12.5}"#, "price_cents"),
            ("/api/customers/cus_x/properties", #"{"address":"1 Main St","bin_count":1.5}"#, "bin_count"),
            ("/api/customers", #"{"name":"A","custom_fields_json":[1,2]}"#, "custom_fields_json"),
            ("/api/customers/import", #"{"customers":[{"name":"A","enrolled_at":"2024-02-30"}]}"#, "customers[0].enrolled_at"),
            ("/api/customers/import", #"{"customers":[{"name":"A"},{"name":"B","custom_fields_json":"x"}]}"#, "customers[1].custom_fields_json"),
        ]
        try await service.app.test(.router) { client in
            for (uri, body, field) in cases {
                try await client.execute(uri: uri, method: .post, headers: headers, body: body.buffer) { response in
                    #expect(response.status == .unprocessableContent || response.status == .badRequest, "\(uri) \(body)")
                    #expect(errorMessage(response.body).contains(field), "\(uri) \(body): \(errorMessage(response.body))")
                }
            }
        }
    }

    @Test(arguments: ["2026-03-01T09:30:00Z", "2026-03-01T09:30:00.250Z", "2026-03-01T11:30:00+02:00", "2026-03-01"])
    func datesAreReadInEveryDocumentedForm(_ text: String) async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/api/customers", method: .post, headers: headers, body: #"{"name":"A","enrolled_at":"\#(text)"}"#.buffer) {
                #expect($0.status == .created, "\(text): \($0.body.text)")
                let stored = $0.body.json["enrolled_at"] as? String ?? ""
                #expect(stored.hasPrefix(text.hasSuffix("+02:00") ? "2026-03-01T09:30:00" : String(text.prefix(10))), "\(text) → \(stored)")
            }
        }
    }

    @Test func customFieldsMustBeAnObjectOnUpdateToo() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            let id = try await client.execute(uri: "/api/customers", method: .post, headers: headers, body: #"{"name":"A","custom_fields_json":{"gate":"4411"}}"#.buffer) {
                $0.body.json["id"] as? String ?? ""
            }
            try await client.execute(uri: "/api/customers/\(id)", method: .put, headers: headers, body: #"{"custom_fields_json":"gate 4411"}"#.buffer) {
                #expect($0.status == .unprocessableContent && errorMessage($0.body).contains("custom_fields_json"), "\($0.body.text)")
            }
            try await client.execute(uri: "/api/customers/\(id)", method: .get, headers: headers) {
                #expect(($0.body.json["custom_fields_json"] as? [String: Any])?["gate"] as? String == "4411")
            }
            try await client.execute(uri: "/api/customers/\(id)", method: .put, headers: headers, body: #"{"custom_fields_json":null}"#.buffer) {
                #expect($0.status == .ok && $0.body.json["custom_fields_json"] is NSNull, "\($0.body.text)")
            }
        }
    }

    @Test func batchesOverTheLimitSayHowToSendMore() async throws {
        var body = #"{"points":["#
        body.reserveCapacity(200_000 * 24)
        for index in 0..<200_000 { body += (index == 0 ? "" : ",") + #"{"lat":30.27,"lng":-97.74}"# }
        body += "]}"
        try await expectRejected([("/match-zone/batch", .post, body.buffer, .contentTooLarge, "batch_too_large")])
    }

    @Test func invalidZoneBoundariesAreRefusedWithTheReason() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        func zone(_ coordinates: String) -> String {
            #"{"id":"sz_bad","name":"Bad","boundary":{"type":"Polygon","coordinates":\#(coordinates)}}"#
        }
        var many = (0..<200_001).map { i in "[\(Double(i % 360) - 180),\(Double(i % 170) - 85)]" }
        many.append(many[0])
        let cases: [(String, String)] = [
            (zone("[[[0,0],[1,1],[1,0],[0,1],[0,0]]]"), "self-intersect"),
            (zone("[[[0,0],[1,0],[1,1],[0,1]]]"), "not closed"),
            (zone("[]"), "ring"),
            (zone("[[[0,0],[1,0],[0,0]]]"), "4"),
            (zone("[[[0,0],[1e400,0],[1,1],[0,0]]]"), ""),
            (#"{"id":"sz_bad","name":"Bad","boundary":{"type":"Circle","coordinates":[0,0]}}"#, "Circle"),
            (zone("[[" + many.joined(separator: ",") + "]]"), ""),
        ]
        try await service.app.test(.router) { client in
            for (body, reason) in cases {
                try await client.execute(uri: "/api/service-zones", method: .post, headers: headers, body: body.buffer) { response in
                    #expect((400..<500).contains(response.status.code), "\(body.prefix(120)): \(response.status)")
                    let message = errorMessage(response.body)
                    #expect(!message.isEmpty && (reason.isEmpty || message.lowercased().contains(reason.lowercased())), "\(body.prefix(120)): \(message)")
                }
            }
            try await client.execute(uri: "/api/service-zones/sz_bad", method: .get, headers: headers) { #expect($0.status == .notFound) }
            try await client.execute(uri: "/match-zone", method: .post, headers: headers, body: #"{"lat":30.2747,"lng":-97.7404}"#.buffer) {
                #expect($0.body.json["zone_id"] as? String == "sz_downtown_core")
            }
        }
    }

    @Test func unparseableAddressesAreAClientError() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            for address in ["", "%20%20", "%00%01", String(repeating: "x", count: 5_000), "%F0%9F%92%A9%F0%9F%92%A9"] {
                try await client.execute(uri: "/geocode?address=\(address)", method: .get, headers: headers) { response in
                    #expect(response.status.code < 500, "\(address.prefix(40)): \(response.status)")
                    if response.status != .ok { #expect(!errorMessage(response.body).isEmpty) }
                }
            }
        }
    }
}
