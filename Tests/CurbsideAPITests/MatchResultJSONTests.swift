@testable import CurbsideAPI
import Foundation
import NIOCore
import Testing
import ZoneIndex

@Suite("Hand-written match JSON")
struct MatchResultJSONTests {
    /// What JSONEncoder writes for the same result.
    struct Reference: Encodable {
        var id: FlexibleID?
        var match: ZoneMatch

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            if let id { try container.encode(id, forKey: .id) }
            try match.encode(to: encoder)
        }

        enum CodingKeys: String, CodingKey { case id }
    }

    static let names = [
        "Downtown Core", "Central Austin / UT Campus", #"Quote " and \ backslash"#, "line\nbreak\ttab\r", "control \u{01}\u{1F}",
        "Ünïcödé — zone 🚛", "",
    ]

    @Test("equals JSONEncoder's sorted-keys output", arguments: names)
    func sameBytesAsJSONEncoder(name: String) throws {
        let zone = Zone(id: "sz_\(name.count)", name: name, boundary: .polygon(Polygon(exterior: [])))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let ids: [FlexibleID?] = [nil, .string(name), .number(42), .number(-7), .number(1.5), .number(1e20)]
        for id in ids {
            for match in [ZoneMatch(zone: zone, method: .polygon), ZoneMatch(zone: zone, method: .zip), .none] {
                var buffer = ByteBuffer()
                MatchResultJSON.append(id: id, match: match, to: &buffer)
                let expected = String(decoding: try encoder.encode(Reference(id: id, match: match)), as: UTF8.self)
                let written = String(buffer: buffer)
                // Same JSON value; and, control characters aside (JSONEncoder writes \u001f where we write the same
                // value), the same bytes.
                let parsedWritten = try JSONSerialization.jsonObject(with: Data(written.utf8)) as? NSDictionary
                let parsedExpected = try JSONSerialization.jsonObject(with: Data(expected.utf8)) as? NSDictionary
                #expect(parsedWritten == parsedExpected, "\(written) vs \(expected)")
                if !name.unicodeScalars.contains(where: { $0.value < 0x20 }) { #expect(written == expected) }
            }
        }
    }
}
