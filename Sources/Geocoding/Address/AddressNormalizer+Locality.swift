extension AddressNormalizer {
    /// Splits the tokens left after the state and ZIP into the delivery-line tokens and the city tokens.
    func splitStreetAndCity(_ tokens: [AddressToken], state: String?, hasLastLine: Bool) -> (street: [AddressToken], city: [AddressToken]) {
        guard !tokens.isEmpty else { return ([], []) }
        var segments: [[AddressToken]] = []
        for token in tokens {
            if segments.last?.last?.segment == token.segment { segments[segments.count - 1].append(token) } else { segments.append([token]) }
        }
        // A leading recipient or firm name ("Acme Corp, 123 Main St, …") is not part of the address.
        if let firstNumbered = segments.firstIndex(where: { $0.first?.startsWithDigit == true }), firstNumbered > 0,
           segments.count - firstNumbered >= (hasLastLine ? 1 : 2) {
            segments.removeFirst(firstNumbered)
        }
        if segments.count >= 2 {
            let last = segments[segments.count - 1]
            let isKnownCity = state.map { gazetteer?.isKnownCity(Self.normalizeCity(words: last.map(\.text)), state: $0) ?? false } ?? false
            if !isKnownCity, Self.isUnit(last) {
                return (segments.flatMap { $0 }, [])
            }
            // "…, Apt 4 Austin": the unit leads the last segment and the city follows it.
            let unitLength = isKnownCity ? 0 : Self.leadingUnitLength(last)
            return (segments.dropLast().flatMap { $0 } + last.prefix(unitLength), Array(last.dropFirst(unitLength)))
        }
        let only = segments[0]
        guard only.first?.startsWithDigit == true else {
            // "Austin TX": no house number, so the words are the city when a state or ZIP follows.
            return hasLastLine ? ([], only) : (only, [])
        }
        guard hasLastLine else { return (only, []) }
        let cityStart = knownCityStart(only, state: state) ?? Self.grammaticalCityStart(only)
        return (Array(only[..<cityStart]), Array(only[cityStart...]))
    }

    /// The start of the longest run of final words that names a known city of `state`, leaving a street before it;
    /// a split whose street ends like a street (suffix, directional or unit) is preferred.
    private func knownCityStart(_ tokens: [AddressToken], state: String?) -> Int? {
        guard let gazetteer, let state, tokens.count >= 3 else { return nil }
        let starts = (2..<tokens.count).filter { start in
            gazetteer.isKnownCity(Self.normalizeCity(words: tokens[start...].map(\.text)), state: state)
        }
        return starts.first { start in Self.endsLikeStreet(tokens[..<start]) } ?? starts.first
    }

    /// Whether a delivery line ends with a suffix, a post-directional after one, or a unit.
    private static func endsLikeStreet(_ tokens: ArraySlice<AddressToken>) -> Bool {
        let words = tokens.map(\.text)
        guard words.count >= 3, let last = words.last else { return false }
        let before = words[words.count - 2]
        if USPSTables.streetSuffixes[last] != nil { return true }
        if USPSTables.directionals[last] != nil, USPSTables.streetSuffixes[before] != nil { return true }
        if let designator = USPSTables.unitDesignators[last] { return USPSTables.unitDesignatorsWithoutNumber.contains(designator) }
        return USPSTables.unitDesignators[before] != nil
    }

    /// Where the city begins by the street grammar: after the first suffix that follows a street name,
    /// then an optional post-directional and unit.
    static func grammaticalCityStart(_ tokens: [AddressToken]) -> Int {
        var index = 1
        if index < tokens.count, tokens[index].text.contains("/") { index += 1 }
        if index + 1 < tokens.count, USPSTables.directionals[tokens[index].text] != nil { index += 1 }
        var suffixEnd: Int?
        var cursor = index + 1
        while cursor < tokens.count - 1 {
            if USPSTables.streetSuffixes[tokens[cursor].text] != nil { suffixEnd = cursor + 1; break }
            cursor += 1
        }
        guard var end = suffixEnd else {
            // No suffix: the last word is the city unless it is a number or a unit word.
            let last = tokens[tokens.count - 1].text
            let isCityWord = !(last.first?.isASCIIDigit ?? true) && USPSTables.unitDesignators[last] == nil
            return isCityWord && tokens.count > 2 ? tokens.count - 1 : tokens.count
        }
        if end < tokens.count - 1, USPSTables.directionals[tokens[end].text] != nil { end += 1 }
        if end < tokens.count - 1, let designator = USPSTables.unitDesignators[tokens[end].text] {
            end += 1
            if !USPSTables.unitDesignatorsWithoutNumber.contains(designator), end < tokens.count - 1 { end += 1 }
        }
        return end
    }

    /// How many words at the start of `segment` form a secondary unit followed by other words (0 when none).
    static func leadingUnitLength(_ segment: [AddressToken]) -> Int {
        guard let first = segment.first, let designator = USPSTables.unitDesignators[first.text] else { return 0 }
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
        word.contains(where: \.isASCIIDigit) || word.count <= 2
    }

    /// Whether a segment is a secondary unit ("APT 4", "#12", "STE 200").
    static func isUnit(_ segment: [AddressToken]) -> Bool {
        guard let first = segment.first, let designator = USPSTables.unitDesignators[first.text] else { return false }
        if USPSTables.unitDesignatorsWithoutNumber.contains(designator) { return segment.count == 1 }
        return (segment.count == 2 || (segment.count == 3 && segment[1].text == "#")) && isUnitNumber(segment[segment.count - 1].text)
    }

    /// A city name in standard form: capitals, with `ST`/`STE`/`FT`/`MT` and leading directionals spelled out.
    public static func normalizeCity(_ name: String) -> String {
        normalizeCity(words: AddressToken.tokenize(name).map(\.text))
    }

    static func normalizeCity(words: [String]) -> String {
        words.enumerated().map { index, word in
            if let expanded = cityWordExpansions[word] { return expanded }
            if index == 0, words.count > 1, let direction = directionWords[word] { return direction }
            return word
        }.joined(separator: " ")
    }

    private static let cityWordExpansions = ["ST": "SAINT", "STE": "SAINTE", "FT": "FORT", "MT": "MOUNT"]
    private static let directionWords = ["N": "NORTH", "S": "SOUTH", "E": "EAST", "W": "WEST"]
}
