/// Parses US addresses into USPS Publication 28 standard components and one canonical key.
///
/// `"456 Oak Avenue, Austin, Texas 78702"` and `"456 OAK AVE AUSTIN TX 78702-1234"` both become
/// `456 OAK AVE, AUSTIN, TX 78702`.
public struct AddressNormalizer: Sendable {
    private let customGazetteer: Gazetteer?
    private let usesShippedGazetteer: Bool

    /// A normalizer that uses the shipped gazetteer to find where the street ends and the city begins.
    public init() {
        customGazetteer = nil
        usesShippedGazetteer = true
    }

    /// A normalizer that uses `gazetteer` (or, with nil, only the street grammar) to find the city.
    public init(gazetteer: Gazetteer?) {
        customGazetteer = gazetteer
        usesShippedGazetteer = false
    }

    /// Tells city words from street words when an address has no commas (loaded on first use).
    var gazetteer: Gazetteer? { usesShippedGazetteer ? Gazetteer.shipped : customGazetteer }

    /// The longest input accepted, in characters.
    public static let maximumLength = 512

    /// The components of `input`, or an error saying why it is not an address.
    public func parse(_ input: String) throws(AddressParseError) -> ParsedAddress {
        guard input.count <= Self.maximumLength else {
            throw AddressParseError(input: String(input.prefix(40)) + "…", reason: "longer than \(Self.maximumLength) characters")
        }
        var tokens = AddressToken.tokenize(input)
        guard !tokens.isEmpty else { throw AddressParseError(input: input, reason: "it is empty") }
        var address = ParsedAddress()
        Self.dropCountry(&tokens)
        address.zip = Self.takeZIP(&tokens, into: &address)
        address.state = takeState(&tokens, haveZIP: address.zip != nil)
        let (streetTokens, cityTokens) = splitStreetAndCity(tokens, state: address.state, hasLastLine: address.zip != nil || address.state != nil)
        if !cityTokens.isEmpty {
            address.city = Self.normalizeCity(words: cityTokens.map(\.text))
        }
        Self.parseDeliveryLine(streetTokens, into: &address)
        guard address.isLocatable else {
            throw AddressParseError(input: input, reason: "it needs a house number and street, a ZIP code, or a city and state")
        }
        return address
    }

    /// The canonical key of `input`, or nil when it cannot be parsed.
    public func key(_ input: String) -> String? {
        try? parse(input).key
    }

    // MARK: Last line

    private static let countryNames: [[String]] = [["UNITED", "STATES", "OF", "AMERICA"], ["UNITED", "STATES"], ["USA"], ["US"]]

    private static func dropCountry(_ tokens: inout [AddressToken]) {
        for name in countryNames where tokens.count > name.count {
            let tail = tokens.suffix(name.count).map(\.text)
            // "US" is only a country in its own segment; "US 290" is a highway.
            if tail == name, name != ["US"] || tokens[tokens.count - 2].segment != tokens[tokens.count - 1].segment {
                tokens.removeLast(name.count)
                return
            }
        }
    }

    private static func takeZIP(_ tokens: inout [AddressToken], into address: inout ParsedAddress) -> String? {
        guard let last = tokens.last else { return nil }
        let text = last.text
        let digits = text.filter(\.isASCIIDigit)
        let isZIP5 = text.count == 5 && digits.count == 5
        let isZIP9 = (text.count == 10 && digits.count == 9 && text.dropFirst(5).first == "-") || (text.count == 9 && digits.count == 9)
        guard isZIP5 || isZIP9 else { return nil }
        tokens.removeLast()
        if isZIP9 { address.zip4 = String(digits.suffix(4)) }
        return String(digits.prefix(5))
    }

    /// Removes and returns the state at the end of `tokens` (a code or a name of up to several words).
    private func takeState(_ tokens: inout [AddressToken], haveZIP: Bool) -> String? {
        let maxWords = min(USPSTables.longestStateNameWordCount, tokens.count)
        guard maxWords > 0 else { return nil }
        for words in stride(from: maxWords, through: 1, by: -1) {
            let tail = tokens.suffix(words)
            guard Set(tail.map(\.segment)).count == 1 else { continue }
            let name = tail.map(\.text).joined(separator: " ")
            guard let code = USPSTables.states[name] else { continue }
            let rest = Array(tokens.dropLast(words))
            guard isPlausibleState(rest: rest, stateSegment: tail.first!.segment, haveZIP: haveZIP) else { continue }
            tokens = rest
            return code
        }
        return nil
    }

    /// Whether a state word after `rest` is a state and not part of the street ("100 ELM CT").
    private func isPlausibleState(rest: [AddressToken], stateSegment: Int, haveZIP: Bool) -> Bool {
        if haveZIP || rest.isEmpty { return true }
        if rest.last!.segment != stateSegment { return true }
        if rest.first!.segment != stateSegment { return true }
        guard rest.first!.startsWithDigit else { return true }
        // One segment starting with a house number: a street suffix must come before the city words.
        guard let suffixIndex = rest.indices.dropFirst(2).first(where: { USPSTables.streetSuffixes[rest[$0].text] != nil }) else {
            return false
        }
        return suffixIndex < rest.count - 1
    }
}
