/// A US address split into its USPS Publication 28 components, each in standard form.
public struct ParsedAddress: Sendable, Hashable, Codable {
    /// The house number, e.g. `123`, `123A`, `123 1/2`, `12-34` (Queens) or `N1234` (Wisconsin grid).
    public var number: String?
    /// The directional before the street name (`N`, `SW`, …).
    public var preDirectional: String?
    /// The street name, e.g. `OAK`, `MARTIN LUTHER KING JR` or `HIGHWAY 12`; for an address with no house number
    /// and street, the whole box line: `PO BOX 12`, `RR 2 BOX 5`, `HC 1 BOX 3`.
    public var streetName: String?
    /// The standard street suffix (`AVE`, `ST`, `BLVD`, …).
    public var suffix: String?
    /// The directional after the suffix.
    public var postDirectional: String?
    /// The secondary unit designator (`APT`, `STE`, `#`, …).
    public var unitDesignator: String?
    /// The secondary unit number, e.g. `4B`; without a designator when none was written (`ELM ST, 3B`).
    public var unitNumber: String?
    /// The city, in capitals, with USPS abbreviations spelled out (`ST` → `SAINT`, `HTS` → `HEIGHTS`) and hyphens as spaces.
    public var city: String?
    /// The two-letter USPS state code.
    public var state: String?
    /// The five-digit ZIP code.
    public var zip: String?
    /// The ZIP+4 add-on, when one was given; not part of `key`.
    public var zip4: String?

    public init(
        number: String? = nil, preDirectional: String? = nil, streetName: String? = nil, suffix: String? = nil,
        postDirectional: String? = nil, unitDesignator: String? = nil, unitNumber: String? = nil,
        city: String? = nil, state: String? = nil, zip: String? = nil, zip4: String? = nil
    ) {
        self.number = number
        self.preDirectional = preDirectional
        self.streetName = streetName
        self.suffix = suffix
        self.postDirectional = postDirectional
        self.unitDesignator = unitDesignator
        self.unitNumber = unitNumber
        self.city = city
        self.state = state
        self.zip = zip
        self.zip4 = zip4
    }

    /// The street without house number or unit, e.g. `N LAMAR BLVD`.
    public var street: String? {
        let parts = [preDirectional, streetName, suffix, postDirectional].compactMap { $0 }
        return parts.isEmpty || streetName == nil ? nil : parts.joined(separator: " ")
    }

    /// The secondary unit, e.g. `APT 4B`.
    public var unit: String? {
        switch (unitDesignator, unitNumber) {
        case let (designator?, number?): "\(designator) \(number)"
        case let (designator?, nil): designator
        case let (nil, number?): "# \(number)"
        case (nil, nil): nil
        }
    }

    /// The delivery line: number, street and unit, e.g. `123 N LAMAR BLVD APT 4B`.
    public var deliveryLine: String? {
        let parts = [number, street, unit].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// The last line: city, state and ZIP, e.g. `AUSTIN, TX 78701`.
    public var lastLine: String? {
        let stateAndZIP = [state, zip].compactMap { $0 }.joined(separator: " ")
        let parts = [city, stateAndZIP.isEmpty ? nil : stateAndZIP].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// The canonical one-line form, used as the cache key and for duplicate detection.
    ///
    /// Two spellings of the same address share a key; ZIP+4 add-ons are left out.
    public var key: String {
        [deliveryLine, lastLine].compactMap { $0 }.joined(separator: ", ")
    }

    /// Whether the address has enough to be located: a house number and street, a ZIP, or a city and state.
    public var isLocatable: Bool {
        (number != nil && streetName != nil) || zip != nil || (city != nil && state != nil)
    }
}

extension ParsedAddress: CustomStringConvertible {
    public var description: String { key }
}
