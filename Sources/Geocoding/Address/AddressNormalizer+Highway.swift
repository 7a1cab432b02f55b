extension AddressNormalizer {
    /// A highway name found in street words: how many words spell it and its standard form (`CO RD` → `COUNTY ROAD`).
    struct HighwayName: Equatable {
        var length: Int
        var name: String
    }

    /// The highway name spelled by the words at `index`, when a highway number follows it (`HWY 12`, `CR 100`;
    /// lettered county roads such as `COUNTY ROAD KK` only where the street name starts, `isStreetStart`).
    static func highwayName(in words: [String], at index: Int, isStreetStart: Bool) -> HighwayName? {
        var spelling = words[index]
        var match: HighwayName?
        var length = 1
        // Grow the spelling a word at a time while some highway name starts with it; the longest match wins.
        while index + length < words.count, USPSTables.highwayNamePrefixes.contains(spelling) {
            if let name = USPSTables.highwayNames[spelling] {
                let lettered = isStreetStart && USPSTables.letteredHighways.contains(name)
                    && !USPSTables.highwayNamesNeedingNumber.contains(spelling)
                if isHighwayNumber(words[index + length], lettered: lettered) { match = HighwayName(length: length, name: name) }
            }
            spelling += " " + words[index + length]
            length += 1
        }
        return match
    }

    /// Whether a word can be a highway number: digits with letters (`290`, `9W`, `A1A`, `B2`), or, for a lettered
    /// highway, one or two letters that are no street suffix (`KK`, `E`).
    private static func isHighwayNumber(_ word: String, lettered: Bool) -> Bool {
        let bytes = word.utf8
        guard bytes.count <= 5, bytes.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            return false
        }
        if word.containsDigit { return true }
        return lettered && bytes.count <= 2 && USPSTables.streetSuffixes[word] == nil
    }

    /// The index of the highway number in a street's words (`HWY 12 N` → 1), or nil when the street is no highway.
    static func highwayNumberIndex(_ words: [String]) -> Int? {
        var isStreetStart = true
        for index in words.indices {
            if let highway = highwayName(in: words, at: index, isStreetStart: isStreetStart) { return index + highway.length }
            // A leading directional or "OLD" still counts as the start of the street name.
            isStreetStart = isStreetStart && (USPSTables.directionals[words[index]] != nil || words[index] == "OLD")
        }
        return nil
    }

    /// `I-35`, `IH35`, `US-290`, `SR-60` as two words (`I 35`); other words unchanged.
    static func separatingHighwayNumbers(_ words: [String]) -> [String] {
        guard words.contains(where: { joinedHighwayParts($0) != nil }) else { return words }
        return words.flatMap { word in joinedHighwayParts(word).map { [$0.name, $0.number] } ?? [word] }
    }

    private static func joinedHighwayParts(_ word: String) -> (name: String, number: String)? {
        let bytes = word.utf8
        guard bytes.count >= 2, let first = bytes.first, first >= UInt8(ascii: "A"), first <= UInt8(ascii: "Z") else { return nil }
        if let hyphen = bytes.firstIndex(of: UInt8(ascii: "-")) {
            let name = String(word[..<hyphen]), number = String(word[word.index(after: hyphen)...])
            guard USPSTables.highwayNames[name] != nil, isHighwayNumber(number, lettered: false) else { return nil }
            return (name, number)
        }
        // "I35", "IH35": the interstate letters run into the number.
        guard first == UInt8(ascii: "I") else { return nil }
        let name = word.hasPrefix("IH") ? "IH" : "I"
        let number = String(word.dropFirst(name.count))
        guard number.first?.isASCIIDigit == true, isHighwayNumber(number, lettered: false) else { return nil }
        return (name, number)
    }
}
