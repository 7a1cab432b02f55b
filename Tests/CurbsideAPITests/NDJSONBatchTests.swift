import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("NDJSON batches: fast and fallback reading give the same lines")
struct NDJSONBatchTests {
    func post(_ body: String) async throws -> [String] {
        let service = try await TestService()
        var headers = try await service.headers()
        headers[.contentType] = "application/x-ndjson"
        let fields = headers
        return try await service.app.test(.router) { client in
            try await client.execute(uri: "/match-zone/batch", method: .post, headers: fields, body: body.buffer) { response in
                #expect(response.status == .ok)
                return response.body.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
        }
    }

    @Test func linesReadEitherWayAnswerAlike() async throws {
        let lines = try await post("""
            {"id":"a","lat":30.2747,"lng":-97.7404}
            {"lat":30.2747,"lng":-97.7404,"id":"a","note":"unknown keys go through JSONDecoder"}
            { "id" : "caf\\u00e9" , "lng" : -97.7404 , "lat" : 30.2747e0 }
            {"id":2.5,"zip":"78719"}
            {"id":3,"lat":40,"lng":-75,"zip":"78704"}
            {"id":4,"lat":40,"lng":-75}
            {"id":5,"lat":"north","lng":-75}
            {"id":6,"lat":30,"lng":-97,"zip":"ABCDE"}
            {"id":7}
            [1]
            """)
        #expect(lines.count == 11 && lines.last == "")
        #expect(lines[0] == #"{"id":"a","method":"polygon","zone_id":"sz_downtown_core","zone_name":"Downtown Core"}"#)
        #expect(lines[1] == lines[0])
        #expect(lines[2] == #"{"id":"café","method":"polygon","zone_id":"sz_downtown_core","zone_name":"Downtown Core"}"#)
        #expect(lines[3] == #"{"id":2.5,"method":"zip","zone_id":"sz_southeast_del_valle","zone_name":"Southeast Austin / Del Valle (excl. Austin-Bergstrom Airport)"}"#)
        #expect(lines[4].hasPrefix(#"{"id":3,"method":"zip","zone_id":"sz_zilker_barton_hills""#))
        #expect(lines[5] == #"{"id":4,"method":"none","zone_id":null,"zone_name":null}"#)
        #expect(lines[6] == #"{"error":{"code":"validation_failed","message":"lat must be a number"},"line":7}"#)
        #expect(lines[7].hasPrefix(#"{"error":{"code":"validation_failed","message":"ZIP code 'ABCDE'"#) && lines[7].hasSuffix(#""id":6,"line":8}"#))
        #expect(lines[8] == #"{"error":{"code":"validation_failed","message":"give lat and lng, or zip (or all three)"},"id":7,"line":9}"#)
        #expect(lines[9].contains(#""code":"validation_failed""#) && lines[9].hasSuffix(#""line":10}"#))
    }

    @Test func aTooLongLastLineIsReportedWithItsOwnNumber() async throws {
        let long = #"{"id":"x","lat":30,"lng":-97,"pad":""# + String(repeating: "p", count: 70_000) + #""}"#
        let lines = try await post(#"{"id":1,"lat":30.2747,"lng":-97.7404}"# + "\n" + #"{"id":2,"zip":"78719"}"# + "\n" + long)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix(#"{"id":1,"method":"polygon""#) && lines[1].hasPrefix(#"{"id":2,"method":"zip""#))
        #expect(lines[2] == #"{"error":{"code":"line_too_long","message":"a line is longer than 65536 bytes"},"line":3}"#)
    }
}
