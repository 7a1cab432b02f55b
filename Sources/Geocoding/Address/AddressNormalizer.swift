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
        Self.takeZIP(&tokens, into: &address)
        address.state = takeState(&tokens, haveZIP: address.zip != nil)
        let (streetTokens, cityTokens) = splitStreetAndCity(tokens, state: address.state, zip: address.zip)
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
}
