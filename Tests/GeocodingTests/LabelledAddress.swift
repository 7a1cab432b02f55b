import Foundation
import Geocoding

/// A hand-labelled address from `Resources/labelled_addresses.tsv`: the text someone typed and its expected components.
struct LabelledAddress: Sendable, CustomStringConvertible {
    /// The line of the data file it came from.
    var line: Int
    var input: String
    var expected: ParsedAddress

    var description: String { "line \(line): \(input)" }

    /// Every labelled address in the data file, in file order.
    static let all: [LabelledAddress] = {
        guard let url = Bundle.module.url(forResource: "labelled_addresses", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("Resources/labelled_addresses.tsv is missing from the test bundle")
        }
        return parse(text)
    }()

    /// The labelled addresses in `text` (tab-separated, with a header row; `#` lines are headings).
    static func parse(_ text: String) -> [LabelledAddress] {
        var addresses: [LabelledAddress] = []
        var sawHeader = false
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !rawLine.isEmpty, !rawLine.hasPrefix("#") else { continue }
            let fields = rawLine.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            precondition(fields.count == 12, "labelled_addresses.tsv line \(index + 1) has \(fields.count) fields, not 12")
            guard sawHeader else {
                sawHeader = true
                continue
            }
            func field(_ position: Int) -> String? { fields[position].isEmpty ? nil : fields[position] }
            let expected = ParsedAddress(
                number: field(1), preDirectional: field(2), streetName: field(3), suffix: field(4), postDirectional: field(5),
                unitDesignator: field(6), unitNumber: field(7), city: field(8), state: field(9), zip: field(10), zip4: field(11)
            )
            let input = fields[0].replacingOccurrences(of: "\\n", with: "\n")
            addresses.append(LabelledAddress(line: index + 1, input: input, expected: expected))
        }
        return addresses
    }
}

extension ParsedAddress {
    /// The components that differ from `expected`, as `name: got ≠ expected`.
    func differences(from expected: ParsedAddress) -> [String] {
        let components: [(String, KeyPath<ParsedAddress, String?>)] = [
            ("number", \.number), ("preDirectional", \.preDirectional), ("streetName", \.streetName), ("suffix", \.suffix),
            ("postDirectional", \.postDirectional), ("unitDesignator", \.unitDesignator), ("unitNumber", \.unitNumber),
            ("city", \.city), ("state", \.state), ("zip", \.zip), ("zip4", \.zip4),
        ]
        return components.compactMap { name, path in
            self[keyPath: path] == expected[keyPath: path]
                ? nil : "\(name): \(self[keyPath: path] ?? "nil") ≠ \(expected[keyPath: path] ?? "nil")"
        }
    }
}
