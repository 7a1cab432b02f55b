extension AddressNormalizer {
    /// Splits the tokens left after the state and ZIP into the delivery-line tokens and the city tokens.
    func splitStreetAndCity(_ tokens: [AddressToken], state: String?, zip: String?) -> (street: [AddressToken], city: [AddressToken]) {
        let hasLastLine = state != nil || zip != nil
        guard !tokens.isEmpty else { return ([], []) }
        var segments: [[AddressToken]] = []
        for token in tokens {
            if segments.last?.last?.segment == token.segment { segments[segments.count - 1].append(token) } else { segments.append([token]) }
        }
        // A leading recipient or firm name ("Acme Corp, 123 Main St, …") is not part of the address; a leading unit
        // ("Apt 4, 123 Main St, …") moves after the street.
        if let firstDelivery = segments.firstIndex(where: Self.startsDeliveryLine), firstDelivery > 0,
           segments.count - firstDelivery >= (hasLastLine ? 1 : 2) {
            let units = segments[..<firstDelivery].filter(Self.isUnit)
            segments.removeFirst(firstDelivery)
            segments[0] += units.joined()
        }
        // "…, Springfield, Sangamon County": the county is not the city.
        if segments.count >= 3, let county = segments.last, county.count >= 2, ["COUNTY", "PARISH"].contains(county.last!.text) {
            segments.removeLast()
        }
        if segments.count >= 2 {
            let last = segments[segments.count - 1]
            let isKnownCity = state.map { gazetteer?.isKnownCity(Self.normalizeCity(words: last.map(\.text)), state: $0) ?? false } ?? false
            if !isKnownCity, Self.isUnit(last) {
                return (segments.flatMap { $0 }, [])
            }
            // "…, Apt 4 Austin": the unit leads the last segment and the city follows it.
            let unitLength = isKnownCity ? 0 : Self.leadingUnitLength(last)
            var street = segments.dropLast().flatMap { $0 } + last.prefix(unitLength)
            var city = Array(last.dropFirst(unitLength))
            moveDirectionalToStreet(street: &street, city: &city, state: state)
            return (street, city)
        }
        let only = segments[0]
        guard Self.startsDeliveryLine(only) else {
            // "Austin TX": no house number, so the words are the city when a state or ZIP follows.
            return hasLastLine ? ([], only) : (only, [])
        }
        guard let split = citySplit(only, state: state, zip: zip), hasLastLine || split.isConfident else {
            return (only, [])
        }
        return (Array(only[..<split.start]), Array(only[split.start...]))
    }

    /// Whether a segment begins with a house number (`123`, `N1234`, `One`), a box line (`PO Box 12`, `RR 2 Box 5`)
    /// or is a highway on its own (`Route 2`, before `Box 112`).
    static func startsDeliveryLine(_ segment: [AddressToken]) -> Bool {
        guard let first = segment.first else { return false }
        if first.startsWithDigit || isGridNumber(first.text) { return true }
        let words = segment.map(\.text)
        if houseNumberLength(words) > 0 || boxLine(words) != nil { return true }
        return highwayName(in: words, at: 0, isStreetStart: true).map { $0.length + 1 == words.count } ?? false
    }

    /// "77 Peach Rd, NE Atlanta": a directional leading the city segment ends the street instead when the city is known
    /// only without it, or, with nothing known, when it is a two-letter abbreviation (`NE`), which starts no city name.
    private func moveDirectionalToStreet(street: inout [AddressToken], city: inout [AddressToken], state: String?) {
        guard city.count >= 2, !street.isEmpty, USPSTables.directionals[city[0].text] != nil else { return }
        if let state, let gazetteer {
            if gazetteer.isKnownCity(Self.normalizeCity(words: city.map(\.text)), state: state) { return }
            if gazetteer.isKnownCity(Self.normalizeCity(words: city.dropFirst().map(\.text)), state: state) {
                street.append(city.removeFirst())
                return
            }
        }
        if city[0].text.count == 2 {
            street.append(city.removeFirst())
        }
    }

    /// A city name in standard form: capitals, hyphens as spaces, USPS abbreviations spelled out (`ST` → `SAINT`,
    /// `HTS` → `HEIGHTS`, `SPGS` → `SPRINGS`), and a leading one-letter directional spelled out.
    public static func normalizeCity(_ name: String) -> String {
        normalizeCity(words: AddressToken.tokenize(name).map(\.text))
    }

    static func normalizeCity(words: [String]) -> String {
        let parts = words.contains { $0.containsASCII("-") || $0.containsASCII("/") }
            ? words.flatMap { $0.split { $0 == "-" || $0 == "/" }.map(String.init) } : words
        var name = ""
        for (index, word) in parts.enumerated() {
            if index > 0 { name += " " }
            if let expanded = USPSTables.cityWordAbbreviations[word] {
                name += expanded
            } else if index == 0, parts.count > 1, let direction = USPSTables.cityDirectionWords[word] {
                name += direction
            } else {
                name += word
            }
        }
        return name
    }
}
