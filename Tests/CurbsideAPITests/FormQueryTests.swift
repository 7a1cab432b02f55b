import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Query strings as forms and HTTP clients (httpx, requests, URLSearchParams) write them: `+` is a space.
@Suite("Form-encoded query strings")
struct FormQueryTests {
    @Test func aPlusIsASpaceAndAnEscapedPlusIsAPlus() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            let body = #"{"name":"Ada Lovelace","email":"ada+work@example.com","address":"1100 Congress Ave, Austin, TX 78701"}"#
            try await client.execute(uri: "/api/customers", method: .post, headers: headers, body: body.buffer) { #expect($0.status == .created) }
            try await client.execute(uri: "/api/customers?search=Ada+Lovelace", method: .get, headers: headers) {
                #expect($0.body.json["total"] as? Int == 1)
            }
            try await client.execute(uri: "/api/customers?search=Ada%2BLovelace", method: .get, headers: headers) {
                #expect($0.body.json["total"] as? Int == 0)
            }
            try await client.execute(uri: "/api/customers/check-duplicate?address=1100+Congress+Ave%2C+Austin%2C+TX+78701", method: .get, headers: headers) {
                #expect($0.body.json["duplicate"] as? Bool == true)
            }
            try await client.execute(uri: "/api/customers/check-duplicate?email=ada%2Bwork%40example.com", method: .get, headers: headers) {
                #expect($0.body.json["duplicate"] as? Bool == true)
            }
            let spaced = try await client.execute(uri: "/geocode?address=Round%20Rock%2C%20TX", method: .get, headers: headers) { $0.body.json["formatted_address"] as? String }
            let plussed = try await client.execute(uri: "/geocode?address=Round+Rock%2C+TX", method: .get, headers: headers) { $0.body.json["formatted_address"] as? String }
            #expect(spaced != nil && plussed == spaced, "\(String(describing: plussed)) vs \(String(describing: spaced))")
        }
    }

    @Test func anEmptyNumberIsRefused() async throws {
        let service = try await TestService()
        let headers = try await service.headers()
        try await service.app.test(.router) { client in
            for query in ["limit=", "page="] {
                try await client.execute(uri: "/api/customers?\(query)", method: .get, headers: headers) { response in
                    #expect(response.status == .badRequest, "\(query)")
                    #expect(errorCode(response.body) == "invalid_query")
                }
            }
        }
    }
}
