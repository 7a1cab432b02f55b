import Foundation
import Geocoding
import Testing

/// The normalizer against the hand-labelled addresses in `Resources/labelled_addresses.tsv`.
@Suite("Address normalizer accuracy")
struct AddressNormalizerAccuracyTests {
    let normalizer = AddressNormalizer()

    /// The share of labelled addresses whose every component must come out exactly as labelled.
    static let requiredAccuracy = 0.97

    @Test func theLabelledSetIsLargeAndVaried() {
        #expect(LabelledAddress.all.count >= 300)
        #expect(Set(LabelledAddress.all.map(\.input)).count == LabelledAddress.all.count, "an address is labelled twice")
    }

    @Test func atLeast97PercentOfLabelledAddressesAreExactlyRight() {
        let cases = LabelledAddress.all
        var failures: [String] = []
        for labelled in cases {
            do {
                let parsed = try normalizer.parse(labelled.input)
                if parsed != labelled.expected {
                    failures.append("\(labelled): " + parsed.differences(from: labelled.expected).joined(separator: "; "))
                }
            } catch {
                failures.append("\(labelled): \(error)")
            }
        }
        let accuracy = Double(cases.count - failures.count) / Double(cases.count)
        let summary = "\(cases.count - failures.count) of \(cases.count) labelled addresses exactly right "
            + "(\(String(format: "%.1f", accuracy * 100)) %)"
        print(([summary, throughput(of: cases)] + failures.map { "  ✗ " + $0 }).joined(separator: "\n"))
        #expect(accuracy >= Self.requiredAccuracy, "\(summary); failures:\n\(failures.joined(separator: "\n"))")
    }

    @Test func theKeyOfEveryLabelledAddressParsesBackToItself() throws {
        for labelled in LabelledAddress.all {
            let key = labelled.expected.key
            #expect(try normalizer.parse(key).key == key, "\(labelled)")
        }
    }

    @Test func shuffledWordsOfLabelledAddressesNeverCrash() {
        let words = LabelledAddress.all.flatMap { $0.input.split(whereSeparator: \.isWhitespace).map(String.init) }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...9, using: &generator)).map { _ in words.randomElement(using: &generator)! }
                .joined(separator: " ")
            guard let address = try? normalizer.parse(text) else { continue }
            #expect(address.isLocatable, "\(text)")
            #expect(address.zip.map { $0.count == 5 && $0.allSatisfy(\.isNumber) } ?? true, "\(text)")
            #expect(address.state.map { $0.count == 2 } ?? true, "\(text)")
            #expect([address.number, address.streetName, address.city].allSatisfy { $0 != "" }, "\(text)")
        }
    }

    /// A rough parsing rate over the labelled set, for the record (not asserted: the machine may be busy).
    private func throughput(of cases: [LabelledAddress]) -> String {
        let rounds = 20
        let clock = ContinuousClock()
        var parsed = 0
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                for labelled in cases where (try? normalizer.parse(labelled.input)) != nil { parsed += 1 }
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return "parsing rate: \(Int(Double(rounds * cases.count) / seconds)) addresses/s (\(parsed) parses)"
    }
}
