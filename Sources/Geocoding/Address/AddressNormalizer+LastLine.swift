extension AddressNormalizer {
    private static let countryNames: [[String]] = [["UNITED", "STATES", "OF", "AMERICA"], ["UNITED", "STATES"], ["USA"], ["US"]]

    /// States whose ZIP codes start with 0, written with four digits when a spreadsheet drops the zero (`MA 2139`).
    private static let statesWithLeadingZeroZIPs: Set<String> = ["CT", "MA", "ME", "NH", "NJ", "RI", "VT"]

    /// Removes a trailing country: `USA`, `United States (of America)`, and `US` on its own or after a ZIP or state
    /// (elsewhere `US 290` is a highway).
    static func dropCountry(_ tokens: inout [AddressToken]) {
        for name in countryNames where tokens.count > name.count {
            guard tokens.suffix(name.count).map(\.text) == name else { continue }
            if name == ["US"] {
                let previous = tokens[tokens.count - 2]
                let ownSegment = previous.segment != tokens[tokens.count - 1].segment
                guard ownSegment || isZIP(previous.text) || USPSTables.states[previous.text] != nil else { return }
            }
            tokens.removeLast(name.count)
            return
        }
    }

    /// Removes a trailing ZIP (`78701`, `78701-1234`, `787011234`, `78701 1234`, or `2139` after a New England or
    /// New Jersey state) and stores it and any ZIP+4 in `address`.
    static func takeZIP(_ tokens: inout [AddressToken], into address: inout ParsedAddress) {
        guard let last = tokens.last else { return }
        let text = last.text
        let digits = text.filter(\.isASCIIDigit)
        let isZIP9 = (text.count == 10 && digits.count == 9 && text.dropFirst(5).first == "-") || (text.count == 9 && digits.count == 9)
        if isZIP(text) || isZIP9 {
            tokens.removeLast()
            address.zip = String(digits.prefix(5))
            if isZIP9 { address.zip4 = String(digits.suffix(4)) }
            return
        }
        guard text.count == 4, digits.count == 4, tokens.count >= 2 else { return }
        let previous = tokens[tokens.count - 2]
        if isZIP(previous.text), previous.segment == last.segment {
            tokens.removeLast(2)
            address.zip = previous.text
            address.zip4 = text
        } else if let state = USPSTables.states[previous.text], statesWithLeadingZeroZIPs.contains(state) {
            tokens.removeLast()
            address.zip = "0" + text
        }
    }

    private static func isZIP(_ text: String) -> Bool {
        text.utf8.count == 5 && text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Removes and returns the state at the end of `tokens` (a code or a name of up to several words).
    func takeState(_ tokens: inout [AddressToken], haveZIP: Bool) -> String? {
        let maxWords = min(USPSTables.longestStateNameWordCount, tokens.count)
        guard maxWords > 0 else { return nil }
        for words in stride(from: maxWords, through: 1, by: -1) {
            let tail = tokens.suffix(words)
            guard tail.first!.segment == tail.last!.segment else { continue }
            let name = words == 1 ? tail.first!.text : tail.map(\.text).joined(separator: " ")
            guard let code = USPSTables.states[name] else { continue }
            let rest = Array(tokens.dropLast(words))
            guard isPlausibleState(rest: rest, name: name, code: code, stateSegment: tail.first!.segment, haveZIP: haveZIP) else { continue }
            tokens = rest
            return code
        }
        return nil
    }

    /// Whether a state word after `rest` is a state and not part of the street (`100 ELM CT`).
    ///
    /// After a house number in the same segment, the words before the state must split into a street and a city:
    /// a known city, a street ending like a street before a plausible city, or a plausible city name before a state
    /// word that is no street word.
    private func isPlausibleState(rest: [AddressToken], name: String, code: String, stateSegment: Int, haveZIP: Bool) -> Bool {
        if haveZIP || rest.isEmpty { return true }
        if rest.last!.segment != stateSegment || rest.first!.segment != stateSegment { return true }
        guard rest.first!.startsWithDigit else { return true }
        let splits = citySplits(rest, state: code, zip: nil)
        if splits.contains(where: \.isConfident) { return true }
        let isStreetWord = USPSTables.streetSuffixes[name] != nil || USPSTables.directionals[name] != nil
            || USPSTables.unitDesignators[name] != nil
        return !isStreetWord && splits.contains { $0.cityScore >= CitySplit.plausibleCity }
    }
}
