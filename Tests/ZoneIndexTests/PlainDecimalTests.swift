import Foundation
import Testing
@testable import ZoneIndex
import ZoneSynthesis

/// `PlainDecimal` gives `strtod`'s double bit for bit whenever it answers, and answers for the numbers point files hold.
@Suite struct PlainDecimalTests {
    private func parse(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { PlainDecimal.parse($0, 0..<bytes.count) }
    }

    private func randomDigits(_ count: Int, using rng: inout SplitMix64) -> String {
        String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &rng))) })
    }

    @Test func longDecimalsEqualStrtod() {
        var rng = SplitMix64(seed: 1_234)
        var answered = 0
        let total = 300_000
        for _ in 0..<total {
            let integer = randomDigits(Int.random(in: 0...4, using: &rng), using: &rng)
            let fraction = randomDigits(Int.random(in: 10...19, using: &rng), using: &rng)
            let text = (Bool.random(using: &rng) ? "-" : "") + integer + "." + fraction
            guard let value = parse(text) else { continue }
            let expected = strtod(text, nil)
            #expect(value.bitPattern == expected.bitPattern, "\(text): \(value) != \(expected)")
            answered += 1
        }
        // Numbers of more than 19 significant digits are left to strtod; the rest almost always answer here.
        #expect(answered > total / 2)
    }

    @Test func shortestRepresentationsOfRandomDoublesRoundTrip() {
        var rng = SplitMix64(seed: 99)
        var answered = 0
        for _ in 0..<200_000 {
            let value = Double.random(in: -180...180, using: &rng)
            for text in [value.description, String(format: "%.17f", value), String(format: "%.15f", value)] {
                guard !text.contains("e"), let parsed = parse(text) else { continue }
                #expect(parsed.bitPattern == strtod(text, nil).bitPattern, "\(text)")
                answered += 1
            }
        }
        #expect(answered > 500_000)
    }

    @Test func halfwayAndBoundaryCasesNeverDisagree() {
        // Exactly between two doubles, just either side of that, powers of two and their neighbours.
        var texts = ["9007199254740993", "9007199254740992", "9007199254740994", "9007199254740995",
                     "18014398509481985", "0.30000000000000004", "0.1", "0.7", "1.7976931348623157",
                     "4503599627370496.5", "4503599627370497.5", "2.2250738585072014", "0.000000000000000000001",
                     "1152921504606846977", "9999999999999999999", "0.0000000000000000000000000000000000000001"]
        var rng = SplitMix64(seed: 5)
        for _ in 0..<20_000 {
            // A double's exact midpoint with its successor, written with up to 19 significant digits.
            let value = Double.random(in: 1...1e6, using: &rng)
            let mid = (Decimal(value) + Decimal(value.nextUp)) / 2
            texts.append(String(describing: mid).replacingOccurrences(of: "E", with: "e"))
            texts.append(String(format: "%.19g", value))
        }
        for text in texts where !text.contains("e") {
            if let parsed = parse(text) {
                #expect(parsed.bitPattern == strtod(text, nil).bitPattern, "\(text)")
            }
        }
    }

    @Test func anythingElseIsLeftToStrtod() {
        for text in ["", "-", ".", "1e3", "+2.5", "0x10", " 7", "1.2.3", "12a", "30.12345678901234567890123"] {
            #expect(parse(text) == nil, "\(text)")
        }
        #expect(parse("-0.0")?.bitPattern == (-0.0).bitPattern)
        #expect(parse("0") == 0)
    }
}
