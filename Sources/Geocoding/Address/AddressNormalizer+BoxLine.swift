extension AddressNormalizer {
    /// A delivery line with no house number, in Pub 28 standard form: a post-office box, a rural route or a highway
    /// contract route, and how many words it takes.
    struct BoxLine: Equatable {
        var name: String
        var length: Int
    }

    /// The box line at the start of `words`: `PO BOX 12` (`P.O. Box`, `Post Office Box`, `POB`, `Box`),
    /// `RR 2 BOX 5` (`Rural Route`, `RFD`, `Route 2 Box 5`) or `HC 1 BOX 3` (`HCR`, `Highway Contract`).
    static func boxLine(_ words: [String]) -> BoxLine? {
        guard let first = words.first, boxLineFirstWords.contains(first) else { return nil }
        for (spelling, kind) in boxSpellings where words.starts(with: spelling) {
            var length = spelling.count
            guard let number = boxNumber(words, at: &length) else { continue }
            switch kind {
            case .postOfficeBox:
                return BoxLine(name: "PO BOX " + number, length: length)
            case .ruralRoute, .routeWithBox, .highwayContract:
                let prefix = kind == .highwayContract ? "HC " : "RR "
                var boxLength = length
                if boxLength < words.count, ["BOX", "BX"].contains(words[boxLength]) {
                    boxLength += 1
                    if let box = boxNumber(words, at: &boxLength) {
                        return BoxLine(name: prefix + number + " BOX " + box, length: boxLength)
                    }
                }
                // "Route 9" without a box is a highway, not a rural route.
                guard kind != .routeWithBox else { continue }
                return BoxLine(name: prefix + number, length: length)
            }
        }
        return nil
    }

    /// The box or route number at `index` (after an optional `#`), moving `index` past it.
    private static func boxNumber(_ words: [String], at index: inout Int) -> String? {
        if index < words.count, words[index] == "#" { index += 1 }
        guard index < words.count, words[index].containsDigit, !words[index].containsASCII("/") else { return nil }
        index += 1
        return words[index - 1]
    }

    private enum BoxKind { case postOfficeBox, ruralRoute, routeWithBox, highwayContract }

    /// Box-line openings, longest first where one begins another.
    private static let boxSpellings: [([String], BoxKind)] = [
        (["PO", "BOX"], .postOfficeBox), (["P", "O", "BOX"], .postOfficeBox), (["POST", "OFFICE", "BOX"], .postOfficeBox),
        (["PO", "BX"], .postOfficeBox), (["POB"], .postOfficeBox), (["POBOX"], .postOfficeBox), (["BOX"], .postOfficeBox),
        (["RURAL", "ROUTE"], .ruralRoute), (["RURAL", "RTE"], .ruralRoute), (["RURAL", "RT"], .ruralRoute),
        (["RR"], .ruralRoute), (["R", "R"], .ruralRoute), (["RFD"], .ruralRoute),
        (["ROUTE"], .routeWithBox), (["RTE"], .routeWithBox), (["RT"], .routeWithBox),
        (["HIGHWAY", "CONTRACT"], .highwayContract), (["HWY", "CONTRACT"], .highwayContract),
        (["HC"], .highwayContract), (["HCR"], .highwayContract),
    ]

    private static let boxLineFirstWords: Set<String> = Set(boxSpellings.map { $0.0[0] })
}
