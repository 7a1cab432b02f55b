extension AddressNormalizer {
    /// Fills number, directionals, street name, suffix and unit from the delivery-line tokens.
    static func parseDeliveryLine(_ tokens: [AddressToken], into address: inout ParsedAddress) {
        var words = tokens.map(\.text).filter { !$0.isEmpty }
        guard !words.isEmpty else { return }
        if words[0].first?.isASCIIDigit == true {
            var number = words.removeFirst()
            if let fraction = words.first, isFraction(fraction), words.count > 1 {
                number += " " + words.removeFirst()
            }
            address.number = number
        }
        takeUnit(&words, into: &address)
        guard !words.isEmpty else { return }
        if words.count >= 2, let direction = USPSTables.directionals[words[words.count - 1]] {
            let before = words[words.count - 2]
            let afterSuffix = USPSTables.streetSuffixes[before] != nil && words.count >= 3
            let afterName = USPSTables.streetSuffixes[before] == nil && USPSTables.streetSuffixes[words[0]] == nil
                && USPSTables.directionals[words[0]] == nil
            if afterSuffix || afterName {
                address.postDirectional = direction
                words.removeLast()
            }
        }
        if words.count >= 2, let direction = USPSTables.directionals[words[0]],
           !(words.count == 2 && USPSTables.streetSuffixes[words[1]] != nil) {
            address.preDirectional = direction
            words.removeFirst()
        }
        if words.count >= 2, let suffix = USPSTables.streetSuffixes[words[words.count - 1]] {
            address.suffix = suffix
            words.removeLast()
        }
        address.streetName = normalizeStreetName(words)
    }

    private static func isFraction(_ word: String) -> Bool {
        let parts = word.split(separator: "/")
        return parts.count == 2 && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }

    /// Removes a trailing secondary unit ("APT 4", "STE # 200", "# 12", "REAR") after at least one street word.
    private static func takeUnit(_ words: inout [String], into address: inout ParsedAddress) {
        let count = words.count
        guard count >= 2 else { return }
        var start = max(1, count - 3)
        while start < count {
            defer { start += 1 }
            let tail = Array(words[start...])
            if tail == ["#"] { continue }
            if tail[0] == "#", tail.count == 2 {
                address.unitDesignator = "#"
                address.unitNumber = tail[1]
            } else if let designator = USPSTables.unitDesignators[tail[0]] {
                let rest = tail.dropFirst().filter { $0 != "#" }
                if USPSTables.unitDesignatorsWithoutNumber.contains(designator) {
                    guard rest.isEmpty, tail.count == 1 else { continue }
                } else {
                    guard rest.count == 1, tail.count <= 3, tail.count == 2 || tail[1] == "#" else { continue }
                }
                // A designator word right after the house number is the street name ("123 FRONT ST").
                guard start >= 1, !(start == 1 && count - start == 1 && USPSTables.streetSuffixes[tail[0]] != nil) else { continue }
                address.unitDesignator = designator
                address.unitNumber = rest.first
            } else {
                continue
            }
            words.removeLast(count - start)
            return
        }
    }

    /// The street name with route words standardized and a lone ordinal word written as a number.
    static func normalizeStreetName(_ words: [String]) -> String? {
        guard !words.isEmpty else { return nil }
        if words.count == 1, let ordinal = ordinals[words[0]] { return ordinal }
        var result: [String] = []
        var index = 0
        func nextIsNumber(_ offset: Int) -> Bool {
            index + offset < words.count && words[index + offset].first?.isASCIIDigit == true
        }
        while index < words.count {
            let word = words[index]
            if let interstate = interstate(word) {
                result.append(contentsOf: ["INTERSTATE", interstate])
            } else if ["I", "IH", "INTERSTATE"].contains(word), nextIsNumber(1) {
                result.append("INTERSTATE")
            } else if let route = routeWords[word], nextIsNumber(1) {
                result.append(route)
            } else if word == "CR", nextIsNumber(1) {
                result.append(contentsOf: ["COUNTY", "ROAD"])
            } else if ["CO", "COUNTY", "CNTY"].contains(word), index + 1 < words.count, ["RD", "ROAD"].contains(words[index + 1]), nextIsNumber(2) {
                result.append(contentsOf: ["COUNTY", "ROAD"])
                index += 1
            } else if index == 0, words.count > 1, let saint = nameExpansions[word] {
                result.append(saint)
            } else {
                result.append(word)
            }
            index += 1
        }
        return result.joined(separator: " ")
    }

    private static func interstate(_ word: String) -> String? {
        guard word.hasPrefix("I-") || word.hasPrefix("IH-") else { return nil }
        let digits = word.drop { !$0.isASCIIDigit }
        return !digits.isEmpty && digits.allSatisfy(\.isASCIIDigit) ? String(digits) : nil
    }

    private static let routeWords: [String: String] = [
        "HWY": "HIGHWAY", "HIGHWAY": "HIGHWAY", "HWAY": "HIGHWAY", "HIWAY": "HIGHWAY", "HIWY": "HIGHWAY", "HIGHWY": "HIGHWAY",
        "RT": "ROUTE", "RTE": "ROUTE", "ROUTE": "ROUTE",
    ]

    private static let nameExpansions = ["ST": "SAINT", "FT": "FORT", "MT": "MOUNT"]

    private static let ordinals: [String: String] = [
        "FIRST": "1ST", "SECOND": "2ND", "THIRD": "3RD", "FOURTH": "4TH", "FIFTH": "5TH", "SIXTH": "6TH", "SEVENTH": "7TH",
        "EIGHTH": "8TH", "NINTH": "9TH", "TENTH": "10TH", "ELEVENTH": "11TH", "TWELFTH": "12TH", "THIRTEENTH": "13TH",
        "FOURTEENTH": "14TH", "FIFTEENTH": "15TH", "SIXTEENTH": "16TH", "SEVENTEENTH": "17TH", "EIGHTEENTH": "18TH",
        "NINETEENTH": "19TH", "TWENTIETH": "20TH",
    ]
}
