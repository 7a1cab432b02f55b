import Foundation
import Testing
@testable import ZoneIndex
import ZoneSynthesis

/// CSV numbers read as `strtod` reads them, bit for bit, whichever path reads them.
@Suite struct CSVFieldsTests {
    private func parse(_ text: String) -> Double?? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { CSVFields.double($0, 0..<bytes.count) }
    }

    @Test func decimalsEqualStrtodBitForBit() {
        var rng = SplitMix64(seed: 77)
        var checked = 0
        for _ in 0..<200_000 {
            let integerDigits = Int.random(in: 0...4, using: &rng)
            let fractionDigits = Int.random(in: 0...18, using: &rng)
            var text = Bool.random(using: &rng) ? "-" : ""
            for _ in 0..<integerDigits { text.append(Character(String(Int.random(in: 0...9, using: &rng)))) }
            if fractionDigits > 0 || Bool.random(using: &rng) { text.append(".") }
            for _ in 0..<fractionDigits { text.append(Character(String(Int.random(in: 0...9, using: &rng)))) }
            let expected = strtod(text, nil)
            let valid = text.contains(where: \.isNumber)
            guard case let .some(value?) = parse(text) else {
                #expect(!valid, "\(text) should parse")
                continue
            }
            #expect(value.bitPattern == expected.bitPattern, "\(text): \(value) != \(expected)")
            checked += 1
        }
        #expect(checked > 150_000)
    }

    @Test func otherNumberFormsFallBackToStrtod() {
        for text in ["1e3", "+2.5", "30.123456789012345678", "-97.74040000000000000001", "0x10", " 7.25 ", "\"30.5\""] {
            let trimmed = text.trimmingCharacters(in: CharacterSet(charactersIn: " \""))
            #expect(parse(text) == .some(strtod(trimmed, nil)), "\(text)")
        }
        for text in ["abc", "1.2.3", "-", ".", "12a", "--1"] {
            #expect(parse(text) == .none, "\(text)")
        }
        #expect(parse("") == .some(nil))
    }
}
