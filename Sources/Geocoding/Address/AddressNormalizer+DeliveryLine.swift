extension AddressNormalizer {
    /// Fills number, directionals, street name, suffix and unit from the delivery-line tokens.
    static func parseDeliveryLine(_ tokens: [AddressToken], into address: inout ParsedAddress) {
        parseDeliveryLine(words: tokens.map(\.text), into: &address)
    }

    /// Fills number, directionals, street name, suffix and unit from the delivery-line words.
    ///
    /// A box line (`PO BOX 12`, `RR 2 BOX 5`, `HC 1 BOX 3`) has no house number: it is the street name as a whole.
    static func parseDeliveryLine(words: [String], into address: inout ParsedAddress) {
        let nameWords = takeStreetNameWords(words, into: &address)
        if !nameWords.isEmpty { address.streetName = standardStreetName(nameWords) }
    }

    /// Fills every delivery-line component but the street name into `address` and returns the street name's words
    /// (none for a box line, which fills the street name itself).
    static func takeStreetNameWords(_ input: [String], into address: inout ParsedAddress) -> [String] {
        var words = separatingHighwayNumbers(input)
        guard !words.isEmpty else { return [] }
        if let box = boxLine(words) {
            address.streetName = ([box.name] + words.dropFirst(box.length)).joined(separator: " ")
            return []
        }
        let numberLength = houseNumberLength(words)
        if numberLength > 0 {
            address.number = houseNumber(words[..<numberLength])
            words.removeFirst(numberLength)
        }
        takeUnit(&words, into: &address)
        takeBareUnit(&words, into: &address)
        guard !words.isEmpty else { return [] }
        takePostDirectional(&words, into: &address)
        if words.count >= 2, let direction = USPSTables.directionals[words[0]],
           !(words.count == 2 && USPSTables.streetSuffixes[words[1]] != nil) {
            address.preDirectional = direction
            words.removeFirst()
        }
        if words.count >= 2, let suffix = USPSTables.streetSuffixes[words[words.count - 1]],
           highwayNumberIndex(words) != words.count - 1 {
            address.suffix = suffix
            words.removeLast()
        }
        return words
    }

    /// Removes a trailing directional that follows a suffix (`TERRY AVE N`), a highway number (`HWY 12 N`),
    /// a grid number (`S 400 E`) or a plain name (`BROADWAY E`); a lettered road's letter stays (`COUNTY ROAD E`).
    private static func takePostDirectional(_ words: inout [String], into address: inout ParsedAddress) {
        guard words.count >= 2, let direction = USPSTables.directionals[words[words.count - 1]] else { return }
        let highwayNumber = highwayNumberIndex(words)
        guard highwayNumber != words.count - 1 else { return }
        let before = words[words.count - 2]
        let afterSuffix = USPSTables.streetSuffixes[before] != nil && words.count >= 3
        let afterHighway = highwayNumber == words.count - 2
        let afterGridNumber = words.count == 3 && USPSTables.directionals[words[0]] != nil && before.isDigits
        let afterName = highwayNumber == nil && USPSTables.streetSuffixes[before] == nil
            && USPSTables.streetSuffixes[words[0]] == nil && USPSTables.directionals[words[0]] == nil
        guard afterSuffix || afterHighway || afterGridNumber || afterName else { return }
        address.postDirectional = direction
        words.removeLast()
    }

    /// How many leading words are the house number: `123`, `123 1/2`, a Wisconsin grid number `N1234`, or one
    /// written in two parts `W204 N11509`, or a number word before a street of two words or more (`ONE MICROSOFT
    /// WAY`); 0 when there is none.
    static func houseNumberLength(_ words: [String]) -> Int {
        guard let first = words.first else { return 0 }
        if first.first?.isASCIIDigit == true {
            return words.count > 2 && words[1].containsASCII("/") && isFraction(words[1]) ? 2 : 1
        }
        if numberWords[first] != nil { return words.count >= 3 ? 1 : 0 }
        guard isGridNumber(first) else { return 0 }
        return words.count > 2 && isGridNumber(words[1]) && isGridNumber(first + words[1]) ? 2 : 1
    }

    /// The house number from its words: a fraction after a space (`123 1/2`), grid parts run together (`W204N11509`).
    private static func houseNumber(_ words: ArraySlice<String>) -> String {
        guard words.count == 2 else { return numberWords[words.first!] ?? words.first! }
        return isFraction(words.last!) ? words.joined(separator: " ") : words.joined()
    }

    /// House numbers written as words, in Pub 28 standard form.
    private static let numberWords = [
        "ONE": "1", "TWO": "2", "THREE": "3", "FOUR": "4", "FIVE": "5", "SIX": "6", "SEVEN": "7", "EIGHT": "8", "NINE": "9",
        "TEN": "10",
    ]

    private static func isFraction(_ word: String) -> Bool {
        let parts = word.split(separator: "/")
        return parts.count == 2 && parts.allSatisfy { String($0).isDigits }
    }

    /// Whether a word is a Wisconsin/Illinois grid house number: `N1234`, `W5678`, or both axes `N53W24747`.
    static func isGridNumber(_ word: String) -> Bool {
        var parts = 0
        var digitsInPart = 0
        for byte in word.utf8 {
            switch byte {
            case UInt8(ascii: "N"), UInt8(ascii: "S"), UInt8(ascii: "E"), UInt8(ascii: "W"):
                guard parts == 0 || digitsInPart > 0 else { return false }
                parts += 1
                digitsInPart = 0
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard parts > 0 else { return false }
                digitsInPart += 1
            default:
                return false
            }
        }
        return (parts == 1 || parts == 2) && digitsInPart > 0
    }
}
