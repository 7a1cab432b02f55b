@testable import CurbsideAPI
import Foundation
import NIOCore
import Testing

@Suite("Error bodies")
struct APIErrorBodyTests {
    static let messages = [
        "plain", #"Quote " and \ backslash"#, "line\nbreak\ttab\r", "control \u{01}\u{1F}\u{7F}", "Ünïcödé — 🚛", "", "a/b </script>",
    ]

    @Test("parse back to the code and message", arguments: messages)
    func parseBack(message: String) throws {
        let error = APIError(.unprocessableContent, code: "validation_failed", message: message)
        let object = try JSONSerialization.jsonObject(with: Data(buffer: error.body)) as? [String: Any]
        let inner = object?["error"] as? [String: Any]
        #expect(object?.count == 1)
        #expect(inner?.count == 2)
        #expect(inner?["code"] as? String == "validation_failed")
        #expect(inner?["message"] as? String == message)
    }

    @Test func theBytesAreTheDocumentedShape() {
        let error = APIError.notFound("no route GET /nope")
        #expect(String(buffer: error.body) == #"{"error":{"code":"not_found","message":"no route GET /nope"}}"#)
    }
}
