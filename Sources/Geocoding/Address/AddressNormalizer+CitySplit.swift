extension AddressNormalizer {
    /// Where the city starts in a comma-less segment that begins with a delivery line, and how good that cut looks.
    struct CitySplit: Equatable {
        /// The index of the first city token.
        var start: Int
        /// How much the words before `start` look like a complete delivery line.
        var streetScore: Int
        /// How much the words from `start` look like a city.
        var cityScore: Int

        /// The cut's overall likelihood; the highest wins.
        var score: Int { streetScore + cityScore }

        /// Whether the cut is trusted even without a state or ZIP after it: the city is known, or a street that ends
        /// like a street is followed by a plausible city name.
        var isConfident: Bool {
            cityScore >= Self.knownCity || (streetScore >= Self.streetEnding && cityScore >= Self.plausibleCity)
        }

        /// The city is a place the gazetteer knows in the state.
        static let knownCity = 5
        /// Added when the known city is also the ZIP's city: `1010 DALE ST N SAINT PAUL MN 55117` is in SAINT PAUL,
        /// not NORTH SAINT PAUL.
        static let cityOfZIP = 1
        /// The city words could name a place: no digits, no unit words, not starting or ending with a street-only suffix.
        static let plausibleCity = 1
        /// The street ends in a suffix, a numbered highway, a grid street (`S 400 E`), a unit or a box line.
        static let streetEnding = 2
        /// The suffix is one that names only streets (`RD`, `AVE`), not places (`HTS`, `PARK`).
        static let streetOnlySuffix = 1
    }

    /// The most words a city name is looked for in ("Lauderdale by the Sea").
    static let longestCityWordCount = 5

    /// The best cut of `tokens` (one segment: a delivery line then city words) into street and city, or nil when
    /// every cut leaves no street, a city with digits, or nothing that looks like either.
    ///
    /// Ties go to the longer city: `101 MAIN ST WEST CHESTER` is `WEST CHESTER`, not `MAIN ST W` in `CHESTER`.
    func citySplit(_ tokens: [AddressToken], state: String?, zip: String?) -> CitySplit? {
        var best: CitySplit?
        for split in citySplits(tokens, state: state, zip: zip) where split.score > best?.score ?? 0 { best = split }
        return best
    }

    /// Every cut of `tokens` that leaves a street and a city without digits, the longest city first.
    func citySplits(_ tokens: [AddressToken], state: String?, zip: String?) -> [CitySplit] {
        let words = tokens.map(\.text)
        if let box = Self.boxLine(words) {
            guard box.length < words.count, let city = cityScore(words[box.length...], state: state, zip: zip) else { return [] }
            return [CitySplit(start: box.length, streetScore: CitySplit.streetEnding + CitySplit.streetOnlySuffix, cityScore: city)]
        }
        let numberLength = Self.houseNumberLength(words)
        guard numberLength > 0 else { return [] }
        // A cut just before a highway's number leaves the highway without it ("COUNTY ROAD | KK").
        let highwayNumber = Self.highwayNumberIndex(Array(words[numberLength...])).map { $0 + numberLength }
        let lowest = max(numberLength + 1, words.count - Self.longestCityWordCount)
        var splits: [CitySplit] = []
        for start in lowest..<max(lowest, words.count) where start != highwayNumber {
            guard let city = cityScore(words[start...], state: state, zip: zip),
                  let street = Self.streetScore(Array(words[..<start]), numberLength: numberLength) else { continue }
            splits.append(CitySplit(start: start, streetScore: street, cityScore: city))
        }
        return splits
    }

    /// How much the delivery line `words` looks complete, or nil when it has no street name.
    private static func streetScore(_ words: [String], numberLength: Int) -> Int? {
        // "71 N | MAIN SPRING GREEN": a directional alone is not a street.
        if words.count == numberLength + 1, USPSTables.directionals[words[numberLength]] != nil { return nil }
        var street = ParsedAddress()
        let name = takeStreetNameWords(words, into: &street)
        guard !name.isEmpty || street.streetName != nil else { return nil }
        if let suffix = street.suffix {
            // "700 BROADWAY FT | WAYNE": FT and MT more likely start a city (Fort, Mount) than end a street.
            if suffix == "FT" || suffix == "MT" { return 0 }
            return CitySplit.streetEnding + (USPSTables.streetOnlySuffixes.contains(suffix) ? CitySplit.streetOnlySuffix : 0)
        }
        let isGrid = street.preDirectional != nil && street.postDirectional != nil && name.count == 1 && name[0].isDigits
        let isBoxLine = street.streetName != nil
        if isGrid || isBoxLine || street.unitDesignator != nil || highwayNumberIndex(name) == name.count - 1 {
            return CitySplit.streetEnding + CitySplit.streetOnlySuffix
        }
        return 0
    }

    /// How much `words` looks like a city of `state` (and `zip`), or nil when it cannot be one (it has digits or a `#`).
    private func cityScore(_ words: ArraySlice<String>, state: String?, zip: String?) -> Int? {
        guard words.allSatisfy({ $0 != "#" && !$0.containsDigit }) else { return nil }
        if let state, let gazetteer {
            let city = Self.normalizeCity(words: Array(words))
            if gazetteer.isKnownCity(city, state: state) {
                let isZIPCity = zip.map { gazetteer.zips[$0]?.city == city } ?? false
                return CitySplit.knownCity + (isZIPCity ? CitySplit.cityOfZIP : 0)
            }
        }
        return Self.isPlausibleCity(words) ? CitySplit.plausibleCity : 0
    }

    /// Whether words could name a city the gazetteer does not know: a lone word that is no street, unit or directional
    /// word, or several words neither starting nor ending with a street-only suffix nor starting with a single letter,
    /// a unit designator such as `APT` or `REAR`, or an abbreviated directional (`N SMALLTOWN` is likelier `… MAIN N`
    /// in `SMALLTOWN`).
    static func isPlausibleCity(_ words: ArraySlice<String>) -> Bool {
        guard let first = words.first, let last = words.last else { return false }
        if first.utf8.count == 1 || USPSTables.directionals[first] == first { return false }
        if words.count == 1 {
            return first.count > 1 && USPSTables.streetSuffixes[first] == nil && USPSTables.directionals[first] == nil
                && USPSTables.unitDesignators[first] == nil
        }
        func isStreetOnly(_ word: String) -> Bool {
            guard USPSTables.cityWordAbbreviations[word] == nil, let suffix = USPSTables.streetSuffixes[word] else { return false }
            return USPSTables.streetOnlySuffixes.contains(suffix)
        }
        if isStreetOnly(first) || isStreetOnly(last) { return false }
        if USPSTables.cityWordAbbreviations[first] != nil { return true }
        return USPSTables.unitDesignators[first].map { !designatorsStartingNoCity.contains($0) } ?? true
    }

    /// Unit designators no city name starts with (unlike `UPPER`, `LOWER`, `FRONT` or `KEY`).
    private static let designatorsStartingNoCity: Set<String> = [
        "#", "APT", "BLDG", "BSMT", "DEPT", "FL", "HNGR", "LBBY", "LOT", "OFC", "PH", "REAR", "RM", "SIDE", "SPC", "TRLR", "UNIT",
    ]
}
