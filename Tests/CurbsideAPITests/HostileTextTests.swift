import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// SQL metacharacters and unusual Unicode travel through every text field and search as plain text: stored and
/// returned byte for byte, matched only literally, and never able to change a query.
@Suite("Hostile text is only ever data")
struct HostileTextTests {
    static let hostile = [
        "Robert'); DROP TABLE customers;--", #"x" OR "1"="1"#, "' OR 1=1 --", "%", "_", "\\", "a%_\\'\"b",
        "🗑️ Müllabfuhr — 東京 عربي", "zero\u{200B}width", "NUL?\u{0001}", "/* comment */ UNION SELECT * FROM tenants",
    ]

    private func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    @Test func everyTextFieldAndSearchTreatsMetacharactersAsText() async throws {
        let service = try await TestService()
        let acme = try await service.headers(), other = try await service.headers("other")
        try await service.app.test(.router) { client in
            try await client.execute(uri: "/api/customers", method: .post, headers: other, body: #"{"name":"Other tenant's customer"}"#.buffer) {
                #expect($0.status == .created)
            }
            var ids: [String: String] = [:]
            for (n, text) in Self.hostile.enumerated() {
                let body: [String: Any] = [
                    "name": text, "notes": text, "phone": text, "email": "o'brien+\(n)@example.com",
                    "address": "\(n) \(text) St, Austin, TX 78702", "custom_fields_json": ["note": text],
                ]
                let json = String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self)
                try await client.execute(uri: "/api/customers", method: .post, headers: acme, body: json.buffer) { response in
                    #expect(response.status == .created, "\(text): \(response.body.text.prefix(200))")
                    ids[text] = response.body.json["id"] as? String
                }
            }
            for (text, id) in ids {
                try await client.execute(uri: "/api/customers/\(id)", method: .get, headers: acme) { response in
                    let json = response.body.json
                    #expect(json["name"] as? String == text)
                    #expect(json["notes"] as? String == text)
                    #expect((json["address"] as? String)?.contains(text) == true)
                }
                // A search finds the text literally: `%`, `_` and `\` are not wildcards.
                try await client.execute(uri: "/api/customers?search=\(percentEncoded(text))&limit=200", method: .get, headers: acme) { response in
                    #expect(response.status == .ok)
                    let names = (response.body.json["data"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
                    #expect(names.contains(text), "search \(text)")
                    #expect(names.allSatisfy { $0.contains(text) || $0 == text }, "search \(text) matched \(names)")
                }
                try await client.execute(uri: "/api/customers/check-duplicate?address=\(percentEncoded(text))", method: .get, headers: acme) {
                    #expect($0.status == .ok || $0.status == .unprocessableContent || $0.status == .badRequest, "\($0.status)")
                }
            }
            for text in Self.hostile {
                try await client.execute(uri: "/api/service-zones", method: .post, headers: acme,
                    body: #"{"id":"sz_h\#(abs(text.hashValue % 100_000))","name":\#(try Self.jsonString(text)),"boundary":{"type":"Polygon","coordinates":[[[-100,45],[-99,45],[-99,46],[-100,46],[-100,45]]]}}"#.buffer) { response in
                    #expect(response.status == .created, "\(text): \(response.body.text.prefix(200))")
                    #expect(response.body.json["name"] as? String == text)
                }
            }
            try await client.execute(uri: "/api/customers?limit=200", method: .get, headers: acme) {
                #expect($0.body.json["total"] as? Int == Self.hostile.count)
            }
            try await client.execute(uri: "/api/customers", method: .get, headers: other) { #expect($0.body.json["total"] as? Int == 1) }
            try await client.execute(uri: "/api/customers?search=\(percentEncoded("' OR 1=1 --"))", method: .get, headers: other) {
                #expect($0.body.json["total"] as? Int == 0)
            }
        }
    }

    static func jsonString(_ text: String) throws -> String {
        String(decoding: try JSONEncoder().encode(text), as: UTF8.self)
    }
}
