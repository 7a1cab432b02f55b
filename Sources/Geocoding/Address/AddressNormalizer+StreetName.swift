extension AddressNormalizer {
    /// The street name in standard form: highway names standardized (`HWY 71` → `HIGHWAY 71`, `CR 100` →
    /// `COUNTY ROAD 100`), a leading `ST`/`FT`/`MT` or suffix word spelled out (`AVE J` → `AVENUE J`), and a lone
    /// ordinal word written as a number.
    static func standardStreetName(_ words: [String]) -> String? {
        guard !words.isEmpty else { return nil }
        if words.count == 1, let ordinal = ordinals[words[0]] { return ordinal }
        var result: [String] = []
        result.reserveCapacity(words.count + 1)
        var index = 0
        var isStreetStart = true
        while index < words.count {
            let word = words[index]
            if let highway = highwayName(in: words, at: index, isStreetStart: isStreetStart) {
                result.append(highway.name)
                result.append(words[index + highway.length])
                index += highway.length + 1
            } else {
                result.append(index == 0 && words.count > 1 ? spelledOutFirstWord(word) : word)
                index += 1
            }
            isStreetStart = isStreetStart && word == "OLD"
        }
        return result.joined(separator: " ")
    }

    private static func spelledOutFirstWord(_ word: String) -> String {
        if let expanded = nameExpansions[word] { return expanded }
        return USPSTables.streetSuffixes[word].flatMap { USPSTables.suffixNamesStartingStreetNames[$0] } ?? word
    }

    private static let nameExpansions = ["ST": "SAINT", "FT": "FORT", "MT": "MOUNT"]

    /// Spelled-out ordinals → their numeric form (`FIFTH` → `5TH`).
    static let ordinals: [String: String] = [
        "FIRST": "1ST", "SECOND": "2ND", "THIRD": "3RD", "FOURTH": "4TH", "FIFTH": "5TH", "SIXTH": "6TH", "SEVENTH": "7TH",
        "EIGHTH": "8TH", "NINTH": "9TH", "TENTH": "10TH", "ELEVENTH": "11TH", "TWELFTH": "12TH", "THIRTEENTH": "13TH",
        "FOURTEENTH": "14TH", "FIFTEENTH": "15TH", "SIXTEENTH": "16TH", "SEVENTEENTH": "17TH", "EIGHTEENTH": "18TH",
        "NINETEENTH": "19TH", "TWENTIETH": "20TH",
    ]
}
