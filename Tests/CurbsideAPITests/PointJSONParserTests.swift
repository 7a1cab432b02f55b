@testable import CurbsideAPI
import Foundation
import Testing

@Suite("Point JSON parser agrees with JSONDecoder")
struct PointJSONParserTests {
    typealias PointRequest = MatchZoneController.PointRequest

    /// What the parser makes of `text`, and what JSONDecoder makes of it.
    func both(_ text: String) -> (fast: PointRequest?, decoded: PointRequest?) {
        let bytes = Array(text.utf8)
        let fast = bytes.withUnsafeBufferPointer { PointJSONParser.point($0) }
        let decoded = try? JSONDecoder().decode(PointRequest.self, from: Data(bytes))
        return (fast, decoded)
    }

    /// The parser either declines or answers exactly what JSONDecoder answers (bit for bit for numbers).
    func expectAgreement(_ text: String, mustParse: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) {
        let (fast, decoded) = both(text)
        if mustParse { #expect(fast != nil, "declined \(text)", sourceLocation: sourceLocation) }
        guard let fast else { return }
        #expect(decoded != nil, "parsed what JSONDecoder refuses: \(text)", sourceLocation: sourceLocation)
        guard let decoded else { return }
        #expect(fast == decoded, "\(text): \(fast) vs \(decoded)", sourceLocation: sourceLocation)
        #expect(fast.lat?.bitPattern == decoded.lat?.bitPattern, "\(text)", sourceLocation: sourceLocation)
        #expect(fast.lng?.bitPattern == decoded.lng?.bitPattern, "\(text)", sourceLocation: sourceLocation)
        if case .number(let a) = fast.id, case .number(let b) = decoded.id {
            #expect(a.bitPattern == b.bitPattern, "\(text)", sourceLocation: sourceLocation)
        }
    }

    @Test("ordinary points parse", arguments: [
        #"{"lat":30.2747,"lng":-97.7404}"#,
        #"{"lng":-97.7404,"lat":30.2747,"zip":"78701","id":"a"}"#,
        #" { "id" : 7 , "lat" : 30 , "lng" : -97 } "#,
        "{\"lat\":\t30.5,\r\n\"lng\":-97.5}\r",
        #"{"zip":"78719"}"#,
        #"{}"#,
        #"{"id":null,"lat":null,"lng":null,"zip":null}"#,
        #"{"id":"caf\u00e9 \"q\" \\ \/ \b\f\n\r\t \ud83d\ude9b","lat":1e1,"lng":-1E-1}"#,
        #"{"id":"Ünïcödé 🚛","lat":-0,"lng":0.0}"#,
        #"{"id":12345678901234567890,"lat":30.274712345678901234,"lng":-97.74e0}"#,
        #"{"id":-1.5e300,"lat":3.0e+1,"lng":-9.77E+01}"#,
        #"{"lat":0.000000000000000000000000001,"lng":123456789012345678901234567890e-28}"#,
        #"{"lat":4.9406564584124654e-300,"lng":1.7976931348623157e2}"#,
    ])
    func ordinary(text: String) {
        expectAgreement(text, mustParse: true)
    }

    @Test("unusual or bad input is left to JSONDecoder", arguments: [
        "", " ", "null", "[]", "[1,2]", #""lat""#, "{", "}", #"{"lat":30"#, #"{"lat":30,}"#, #"{,"lat":30}"#,
        #"{"lat":30 "lng":1}"#, #"{"lat":"30","lng":1}"#, #"{"lat":30,"lng":-97,"zip":78701}"#, #"{"id":true}"#,
        #"{"id":{},"lat":1,"lng":1}"#, #"{"lat":1e999,"lng":-97}"#, #"{"lat":-1e999,"lng":-97}"#, #"{"lat":1e-400,"lng":0}"#,
        #"{"lat":01,"lng":1}"#, #"{"lat":1.,"lng":1}"#, #"{"lat":.5,"lng":1}"#, #"{"lat":+1,"lng":1}"#, #"{"lat":1e,"lng":1}"#,
        #"{"lat":-,"lng":1}"#, #"{"lat":NaN,"lng":1}"#, #"{"lat":Infinity,"lng":1}"#, #"{"lat":0x10,"lng":1}"#,
        #"{"lat":1,"lat":2,"lng":1}"#, #"{"name":"x","lat":1,"lng":1}"#, #"{"l\u0061t":1,"lng":1}"#,
        #"{"id":"\ud800","lat":1,"lng":1}"#, #"{"id":"\udc00x","lat":1,"lng":1}"#, #"{"id":"\x","lat":1,"lng":1}"#,
        "{\"id\":\"tab\there\",\"lat\":1,\"lng\":1}", #"{"lat":1,"lng":1} x"#, #"{"lat":1,"lng":1}{}"#, #"{"lat":nul,"lng":1}"#,
        #"{"lat":1,"lng":1,}"#, "\u{FEFF}{\"lat\":1,\"lng\":1}", #"{"id":"\u12","lat":1,"lng":1}"#,
    ])
    func unusual(text: String) {
        expectAgreement(text)
    }

    @Test func invalidUTF8IsLeftToJSONDecoder() {
        var bytes = Array(#"{"id":"ab","lat":1,"lng":1}"#.utf8)
        bytes[8] = 0xFF
        #expect(bytes.withUnsafeBufferPointer { PointJSONParser.point($0) } == nil)
    }

    @Test func randomPointsAgree() {
        var rng = SplitMix64(seed: 20_240_601)
        for _ in 0..<20_000 {
            expectAgreement(Self.randomLine(using: &rng))
        }
    }

    @Test func randomNumbersAreReadBitForBit() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let text = Self.randomNumber(using: &rng)
            expectAgreement(#"{"lat":"# + text + #","lng":"# + text + "}")
        }
    }

    @Test func batchesParseAsJSONDecoderDoes() {
        var rng = SplitMix64(seed: 99)
        for _ in 0..<500 {
            let points = (0..<Int.random(in: 0...8, using: &rng)).map { _ in Self.randomLine(using: &rng, valid: true) }
            let space = [" ", "", "\n", "\t"]
            let body = "{" + space.randomElement(using: &rng)! + #""points""# + space.randomElement(using: &rng)! + ":["
                + points.joined(separator: "," + space.randomElement(using: &rng)!) + "]" + space.randomElement(using: &rng)! + "}"
            let bytes = Array(body.utf8)
            let fast = bytes.withUnsafeBufferPointer { PointJSONParser.batch($0) }
            let decoded = try? JSONDecoder().decode(MatchZoneController.BatchRequest.self, from: Data(bytes))
            // The batch is taken when each of its points is (numbers it leaves to JSONDecoder can come up).
            let eachTaken = points.allSatisfy { both($0).fast != nil }
            #expect((fast != nil) == eachTaken, "\(body)")
            if fast != nil { #expect(fast == decoded?.points, "\(body)") }
        }
        for body in [#"{"points":[],"x":1}"#, #"{"x":1,"points":[]}"#, #"{"points":{}}"#, #"{"points":[1]}"#, #"[]"#, #"{"points":[{}],}"#] {
            let bytes = Array(body.utf8)
            #expect(bytes.withUnsafeBufferPointer { PointJSONParser.batch($0) } == nil, "\(body)")
        }
    }

    // MARK: Generators

    static func randomNumber(using rng: inout SplitMix64) -> String {
        switch Int.random(in: 0..<6, using: &rng) {
        case 0: return String(format: "%.6f", Double.random(in: -180...180, using: &rng))
        case 1: return String(Double.random(in: -90...90, using: &rng))
        case 2: return String(Int.random(in: -1_000_000...1_000_000, using: &rng))
        case 3:
            let digits = (0..<Int.random(in: 1...30, using: &rng)).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
            let integer = digits.drop { $0 == "0" }
            return (Bool.random(using: &rng) ? "-" : "") + (integer.isEmpty ? "0" : String(integer)) + "." + digits
        case 4:
            let mantissa = String(Int.random(in: 1...999_999_999, using: &rng))
            return mantissa + ["e", "E", "e+", "e-", "E-"].randomElement(using: &rng)! + String(Int.random(in: 0...330, using: &rng))
        default:
            let value = Double(bitPattern: UInt64.random(in: 0...UInt64.max, using: &rng))
            return value.isFinite ? String(value) : "1e999"
        }
    }

    static func randomLine(using rng: inout SplitMix64, valid: Bool = false) -> String {
        let spaces = ["", " ", "  ", "\t", "\r", "\n "]
        func ws() -> String { spaces.randomElement(using: &rng)! }
        var fields: [String] = []
        if Bool.random(using: &rng) {
            let id = switch Int.random(in: 0..<4, using: &rng) {
            case 0: String(Int.random(in: -99999...99999, using: &rng))
            case 1: #""p-\#(Int.random(in: 0...999, using: &rng))""#
            case 2: #""esc \"\\\/\u00e9\ud83d\ude9b\n""#
            default: "null"
            }
            fields.append(#""id""# + ws() + ":" + ws() + id)
        }
        if Int.random(in: 0..<10, using: &rng) > 0 {
            fields.append(#""lat""# + ws() + ":" + ws() + randomNumber(using: &rng))
            fields.append(#""lng""# + ws() + ":" + ws() + randomNumber(using: &rng))
        }
        if Bool.random(using: &rng) {
            let zip = ["\"78704\"", "\"7870\"", "\"\"", "null", "\"78704-1234\"", "\"AB\\u0043\""].randomElement(using: &rng)!
            fields.append(#""zip""# + ws() + ":" + ws() + zip)
        }
        fields.shuffle(using: &rng)
        var line = ws() + "{" + ws() + fields.joined(separator: ws() + "," + ws()) + ws() + "}" + ws()
        if !valid, Int.random(in: 0..<4, using: &rng) == 0 {
            // Damage it: drop, duplicate or replace one byte.
            var bytes = Array(line.utf8)
            let at = Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: bytes.remove(at: at)
            case 1: bytes.insert(bytes[at], at: at)
            default: bytes[at] = Array(#"{}[]":,.-+eE0 "\u"#.utf8).randomElement(using: &rng)!
            }
            line = String(decoding: bytes, as: UTF8.self)
        }
        return line
    }
}

/// A small seeded generator, so failures reproduce.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
