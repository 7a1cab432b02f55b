extension AddressNormalizer {
    /// Removes a trailing secondary unit ("APT 4", "STE # 200", "# 12", "REAR", "6TH FL") after at least one street word.
    static func takeUnit(_ words: inout [String], into address: inout ParsedAddress) {
        let count = words.count
        guard count >= 2 else { return }
        var start = max(1, count - 3)
        while start < count {
            defer { start += 1 }
            let tail = words[start...]
            let first = tail.first!
            if tail.count == 1, first == "#" { continue }
            if first == "#", tail.count == 2 {
                address.unitDesignator = "#"
                address.unitNumber = tail.last!
            } else if tail.count == 2, USPSTables.unitDesignators[tail.last!] == "FL", let floor = ordinalNumber(first) {
                // "2ND FLOOR" is floor 2.
                address.unitDesignator = "FL"
                address.unitNumber = floor
            } else if let designator = USPSTables.unitDesignators[first] {
                let rest = tail.dropFirst().filter { $0 != "#" }
                if USPSTables.unitDesignatorsWithoutNumber.contains(designator) {
                    guard rest.isEmpty, tail.count == 1 else { continue }
                } else {
                    guard rest.count == 1, tail.count <= 3, tail.count == 2 || tail[start + 1] == "#" else { continue }
                }
                // A designator word right after the house number is the street name ("123 FRONT ST").
                guard !(start == 1 && count - start == 1 && USPSTables.streetSuffixes[first] != nil) else { continue }
                address.unitDesignator = designator
                address.unitNumber = rest.first
            } else {
                continue
            }
            words.removeLast(count - start)
            return
        }
    }

    /// Removes a trailing unit number written without a designator ("ELM ST 3B", "WASHINGTON AVE S 210") from a street
    /// that has already ended with a suffix (and a post-directional); a highway's own number stays (`COUNTY ROAD 12`).
    static func takeBareUnit(_ words: inout [String], into address: inout ParsedAddress) {
        guard address.unitDesignator == nil, address.unitNumber == nil, words.count >= 3, isBareUnitNumber(words.last!),
              highwayNumberIndex(words) != words.count - 1 else { return }
        var suffixIndex = words.count - 2
        if USPSTables.directionals[words[suffixIndex]] != nil { suffixIndex -= 1 }
        // "E AVE J" is Avenue J: the suffix must follow a name, not only a directional.
        guard suffixIndex >= 1, USPSTables.streetSuffixes[words[suffixIndex]] != nil,
              words[..<suffixIndex].contains(where: { USPSTables.directionals[$0] == nil }) else { return }
        address.unitNumber = words.removeLast()
    }

    /// Whether a word can be a unit number on its own: short with a digit (`14`, `3B`, `9-C`), or one letter that is no directional.
    private static func isBareUnitNumber(_ word: String) -> Bool {
        if word.utf8.count == 1 { return word.isDigits || (word != "#" && USPSTables.directionals[word] == nil) }
        return word.utf8.count <= 6 && word.containsDigit && !word.containsASCII("/")
    }

    /// `2ND` → `2`, `SECOND` → `2`: the number of an ordinal word, or nil.
    private static func ordinalNumber(_ word: String) -> String? {
        let ordinal = ordinals[word] ?? word
        let digits = ordinal.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, ["ST", "ND", "RD", "TH"].contains(ordinal.dropFirst(digits.count)) else { return nil }
        return String(digits)
    }

    /// How many words at the start of `segment` form a secondary unit followed by other words (0 when none):
    /// "APT 4 AUSTIN", "# 12 AUSTIN", "3B SPRINGFIELD".
    static func leadingUnitLength(_ segment: [AddressToken]) -> Int {
        guard let first = segment.first else { return 0 }
        guard let designator = USPSTables.unitDesignators[first.text] else {
            // A bare number before words that hold no street ("3B SPRINGFIELD", not "123 MAIN ST SPRINGFIELD").
            let isBareUnit = segment.count > 1 && first.startsWithDigit && first.text.count <= 6
                && !segment.dropFirst().contains { USPSTables.streetSuffixes[$0.text].map(USPSTables.streetOnlySuffixes.contains) ?? false }
            return isBareUnit ? 1 : 0
        }
        var length = 1
        if !USPSTables.unitDesignatorsWithoutNumber.contains(designator) {
            if designator != "#", length < segment.count, segment[length].text == "#" { length += 1 }
            guard length < segment.count, isUnitNumber(segment[length].text) else { return 0 }
            length += 1
        }
        return length < segment.count ? length : 0
    }

    /// Whether a word looks like a unit number: it has a digit, or is one or two characters ("B", "2F").
    static func isUnitNumber(_ word: String) -> Bool {
        word.containsDigit || word.utf8.count <= 2
    }

    /// Whether a segment is a secondary unit ("APT 4", "#12", "STE 200", or a bare "3B").
    static func isUnit(_ segment: [AddressToken]) -> Bool {
        guard let first = segment.first else { return false }
        guard let designator = USPSTables.unitDesignators[first.text] else {
            return segment.count == 1 && first.startsWithDigit && first.text.count <= 6
        }
        if USPSTables.unitDesignatorsWithoutNumber.contains(designator) { return segment.count == 1 }
        return (segment.count == 2 || (segment.count == 3 && segment[1].text == "#")) && isUnitNumber(segment[segment.count - 1].text)
    }
}
