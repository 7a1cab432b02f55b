import Geocoding
import Testing

@Suite("Address normalizer")
struct AddressNormalizerTests {
    let normalizer = AddressNormalizer()

    /// Messy inputs and the canonical key each must produce.
    static let canonicalForms: [(String, String)] = [
        ("456 Oak Avenue, Austin, Texas 78702", "456 OAK AVE, AUSTIN, TX 78702"),
        ("456 OAK AVE AUSTIN TX 78702-1234", "456 OAK AVE, AUSTIN, TX 78702"),
        ("456 oak ave., austin, tx 78702", "456 OAK AVE, AUSTIN, TX 78702"),
        ("  456   Oak   Av ,Austin ,  TX   78702  ", "456 OAK AVE, AUSTIN, TX 78702"),
        ("456 Oak Avenue\nAustin, TX 787021234", "456 OAK AVE, AUSTIN, TX 78702"),
        ("123 North Lamar Boulevard, Austin, TX 78701", "123 N LAMAR BLVD, AUSTIN, TX 78701"),
        ("123 N. Lamar Blvd., Austin, TX 78701", "123 N LAMAR BLVD, AUSTIN, TX 78701"),
        ("123 N Lamar Blvd Apt 4, Austin, TX", "123 N LAMAR BLVD APT 4, AUSTIN, TX"),
        ("123 N. Lamar Blvd., Apartment 4, Austin, TX", "123 N LAMAR BLVD APT 4, AUSTIN, TX"),
        ("123 N Lamar Blvd Apt. #4 Austin TX", "123 N LAMAR BLVD APT 4, AUSTIN, TX"),
        ("123 N Lamar Blvd #4, Austin, TX", "123 N LAMAR BLVD # 4, AUSTIN, TX"),
        ("500 West 5th Street, Suite 200, Austin, TX 78701", "500 W 5TH ST STE 200, AUSTIN, TX 78701"),
        ("500 W 5th St Ste 200 Austin TX 78701", "500 W 5TH ST STE 200, AUSTIN, TX 78701"),
        ("500 W. Fifth St., Ste. 200, Austin, Texas", "500 W 5TH ST STE 200, AUSTIN, TX"),
        ("1600 Pennsylvania Avenue Northwest, Washington, DC 20500", "1600 PENNSYLVANIA AVE NW, WASHINGTON, DC 20500"),
        ("1600 Pennsylvania Ave N.W., Washington, D.C. 20500", "1600 PENNSYLVANIA AVE NW, WASHINGTON, DC 20500"),
        ("1600 pennsylvania ave nw washington dc 20500-0003", "1600 PENNSYLVANIA AVE NW, WASHINGTON, DC 20500"),
        ("1600 Pennsylvania Ave NW, Washington, District of Columbia", "1600 PENNSYLVANIA AVE NW, WASHINGTON, DC"),
        ("350 Fifth Avenue, New York, New York 10118", "350 5TH AVE, NEW YORK, NY 10118"),
        ("350 5th Ave, New York, NY 10118, USA", "350 5TH AVE, NEW YORK, NY 10118"),
        ("350 5th Ave New York NY 10118 United States", "350 5TH AVE, NEW YORK, NY 10118"),
        ("1 Infinite Loop, Cupertino, California 95014", "1 INFINITE LOOP, CUPERTINO, CA 95014"),
        ("1 INFINITE LOOP CUPERTINO CA 95014", "1 INFINITE LOOP, CUPERTINO, CA 95014"),
        ("742 Evergreen Terrace, Springfield, IL 62704", "742 EVERGREEN TER, SPRINGFIELD, IL 62704"),
        ("742 Evergreen Terr. Springfield Illinois 62704", "742 EVERGREEN TER, SPRINGFIELD, IL 62704"),
        ("12 Elm Court, Hartford, CT 06103", "12 ELM CT, HARTFORD, CT 06103"),
        ("12 Elm Ct Hartford Connecticut", "12 ELM CT, HARTFORD, CT"),
        ("100 Elm Ct", "100 ELM CT"),
        ("77 Massachusetts Ave, Cambridge, Mass. 02139", "77 MASSACHUSETTS AVE, CAMBRIDGE, MA 02139"),
        ("2100 Southeast Main Street, Portland, Oregon 97214", "2100 SE MAIN ST, PORTLAND, OR 97214"),
        ("2100 S.E. Main St, Portland OR 97214", "2100 SE MAIN ST, PORTLAND, OR 97214"),
        ("410 Terry Ave North, Seattle, WA 98109", "410 TERRY AVE N, SEATTLE, WA 98109"),
        ("410 Terry Avenue N., Seattle, Washington 98109-5210", "410 TERRY AVE N, SEATTLE, WA 98109"),
        ("4500 Avenue N, Lubbock, TX", "4500 AVENUE N, LUBBOCK, TX"),
        ("123 North Street, Pittsfield, MA", "123 NORTH ST, PITTSFIELD, MA"),
        ("123 N St, Pittsfield, MA", "123 N ST, PITTSFIELD, MA"),
        ("9800 US Highway 290 West, Austin, TX 78736", "9800 US HIGHWAY 290 W, AUSTIN, TX 78736"),
        ("9800 US Hwy 290 W Austin TX 78736", "9800 US HIGHWAY 290 W, AUSTIN, TX 78736"),
        ("2000 County Rd 100, Georgetown, TX", "2000 COUNTY ROAD 100, GEORGETOWN, TX"),
        ("2000 CR 100, Georgetown, TX", "2000 COUNTY ROAD 100, GEORGETOWN, TX"),
        ("1500 I-35 Frontage Rd, Round Rock, TX", "1500 INTERSTATE 35 FRONTAGE RD, ROUND ROCK, TX"),
        ("10 St. Charles Ave., New Orleans, LA 70130", "10 SAINT CHARLES AVE, NEW ORLEANS, LA 70130"),
        ("10 Saint Charles Avenue, New Orleans, Louisiana", "10 SAINT CHARLES AVE, NEW ORLEANS, LA"),
        ("400 Broadway, St. Louis, MO 63102", "400 BROADWAY, SAINT LOUIS, MO 63102"),
        ("400 Broadway, Saint Louis, Missouri 63102", "400 BROADWAY, SAINT LOUIS, MO 63102"),
        ("200 Main St, Ft. Worth, TX", "200 MAIN ST, FORT WORTH, TX"),
        ("200 Main Street, Fort Worth, Texas", "200 MAIN ST, FORT WORTH, TX"),
        ("123 Main St Saint Paul MN 55101", "123 MAIN ST, SAINT PAUL, MN 55101"),
        ("100 Congress Ave Austin TX", "100 CONGRESS AVE, AUSTIN, TX"),
        ("100 Dallas St Houston TX", "100 DALLAS ST, HOUSTON, TX"),
        ("300 San Jacinto Blvd San Antonio TX 78205", "300 SAN JACINTO BLVD, SAN ANTONIO, TX 78205"),
        ("1 Cedar Park Dr Cedar Park TX", "1 CEDAR PARK DR, CEDAR PARK, TX"),
        ("Acme Plumbing LLC, 1200 Barton Springs Rd, Austin, TX 78704", "1200 BARTON SPRINGS RD, AUSTIN, TX 78704"),
        ("1200 Barton Springs Road, Suite 5, Austin, TX 78704", "1200 BARTON SPRINGS RD STE 5, AUSTIN, TX 78704"),
        ("1200 Barton Springs Rd., Bldg. B, Austin, TX", "1200 BARTON SPRINGS RD BLDG B, AUSTIN, TX"),
        ("1200 Barton Springs Rd Rear, Austin, TX", "1200 BARTON SPRINGS RD REAR, AUSTIN, TX"),
        ("1200 Barton Springs Rd, Floor 3, Austin, TX", "1200 BARTON SPRINGS RD FL 3, AUSTIN, TX"),
        ("123 1/2 Main St, Austin, TX", "123 1/2 MAIN ST, AUSTIN, TX"),
        ("123A Main Street, Austin, TX", "123A MAIN ST, AUSTIN, TX"),
        ("25 Calle Peñasco, San Juan, PR 00901", "25 CALLE PENASCO, SAN JUAN, PR 00901"),
        ("12 O'Brien Way, Boston, MA", "12 OBRIEN WAY, BOSTON, MA"),
        ("1200 Barton Springs Rd, Apt 12 Austin TX 78704", "1200 BARTON SPRINGS RD APT 12, AUSTIN, TX 78704"),
        ("100 Main St, Front Royal, VA 22630", "100 MAIN ST, FRONT ROYAL, VA 22630"),
        ("100 Overseas Hwy, Key Largo, FL", "100 OVERSEAS HWY, KEY LARGO, FL"),
        ("Austin, TX", "AUSTIN, TX"),
        ("austin texas", "AUSTIN, TX"),
        ("78701", "78701"),
        ("Austin, TX 78701-4040", "AUSTIN, TX 78701"),
        ("Main St, Austin, TX", "MAIN ST, AUSTIN, TX"),
    ]

    @Test("messy addresses reach their canonical form", arguments: canonicalForms)
    func canonicalForm(input: String, expected: String) throws {
        #expect(try normalizer.parse(input).key == expected)
    }

    @Test func tableIsLargeEnough() {
        #expect(Self.canonicalForms.count >= 50)
    }

    /// Pairs that look alike but are different addresses and must not share a key.
    static let differentPairs: [(String, String)] = [
        ("456 Oak Ave, Austin, TX", "456 Oak St, Austin, TX"),
        ("456 Oak Ave, Austin, TX", "465 Oak Ave, Austin, TX"),
        ("456 Oak Ave, Austin, TX 78702", "456 Oak Ave, Austin, TX 78703"),
        ("123 N Lamar Blvd, Austin, TX", "123 S Lamar Blvd, Austin, TX"),
        ("410 Terry Ave N, Seattle, WA", "410 Terry Ave, Seattle, WA"),
        ("123 Main St Apt 4, Austin, TX", "123 Main St Apt 5, Austin, TX"),
        ("123 Main St Apt 4, Austin, TX", "123 Main St Ste 4, Austin, TX"),
        ("123 Main St Apt 4, Austin, TX", "123 Main St, Austin, TX"),
        ("100 Main St, Springfield, IL", "100 Main St, Springfield, MO"),
        ("100 Main St, Portland, OR", "100 Main St, Portland, ME"),
        ("2100 SE Main St, Portland, OR", "2100 SW Main St, Portland, OR"),
        ("123 NW Oak St, Austin, TX", "123 NE Oak St, Austin, TX"),
        ("123 1/2 Main St, Austin, TX", "123 Main St, Austin, TX"),
        ("123A Main St, Austin, TX", "123B Main St, Austin, TX"),
        ("123 Main St, Austin, TX", "123 Main St E, Austin, TX"),
        ("123 Park Ave, New York, NY", "123 Park Pl, New York, NY"),
    ]

    @Test("look-alike addresses keep distinct keys", arguments: differentPairs)
    func distinctKeys(first: String, second: String) throws {
        #expect(try normalizer.parse(first).key != normalizer.parse(second).key)
    }

    @Test func componentsAreParsed() throws {
        let address = try normalizer.parse("1234 North Lamar Boulevard Northwest, Apt. 5B, Austin, Texas 78756-1234")
        #expect(address.number == "1234")
        #expect(address.preDirectional == "N")
        #expect(address.streetName == "LAMAR")
        #expect(address.suffix == "BLVD")
        #expect(address.postDirectional == "NW")
        #expect(address.unitDesignator == "APT")
        #expect(address.unitNumber == "5B")
        #expect(address.city == "AUSTIN")
        #expect(address.state == "TX")
        #expect(address.zip == "78756")
        #expect(address.zip4 == "1234")
        #expect(address.street == "N LAMAR BLVD NW")
    }

    @Test("text that is not an address is rejected", arguments: ["", "   ", ",,,", "asdf", "Main Street", "hello world", "!!!", "Austin"])
    func unparseable(input: String) {
        #expect(throws: AddressParseError.self) { try normalizer.parse(input) }
    }

    @Test func overlongInputIsRejected() {
        let long = "1 Main St, " + String(repeating: "Austin ", count: 200) + "TX"
        #expect(throws: AddressParseError.self) { try normalizer.parse(long) }
    }

    @Test func withoutGazetteerTheGrammarFindsTheCity() throws {
        let grammarOnly = AddressNormalizer(gazetteer: nil)
        #expect(try grammarOnly.parse("500 W 5th St Ste 200 Austin TX 78701").key == "500 W 5TH ST STE 200, AUSTIN, TX 78701")
        #expect(try grammarOnly.parse("123 Main St Saint Paul MN").key == "123 MAIN ST, SAINT PAUL, MN")
    }
}

@Suite("Address normalizer properties")
struct AddressNormalizerPropertyTests {
    let normalizer = AddressNormalizer()

    @Test("the canonical form is a fixed point", arguments: AddressNormalizerTests.canonicalForms.map(\.1))
    func canonicalFormIsStable(key: String) throws {
        #expect(try normalizer.parse(key).key == key)
    }

    @Test func randomTextNeverCrashes() {
        let words = [
            "123", "4B", "1/2", "N", "North", "SW", "Main", "St.", "Street", "Ave", "Avenue", "Apt", "#", "Suite", "200",
            "Austin", "TX", "Texas", "78701", "78701-1234", ",", ",", "New", "York", "NY", "Saint", "Ft", "Hwy", "I-35",
            "Rear", "USA", "Peñasco", "O'Neil", "-", "&", "\n", "Lot", "Park", "Ct", "CT", "Key", "West", "FL",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...10, using: &generator)
            let text = (0..<count).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
            guard let address = try? normalizer.parse(text) else { continue }
            #expect(address.isLocatable)
            #expect(address.zip.map { $0.count == 5 && $0.allSatisfy(\.isNumber) } ?? true, "\(text)")
            #expect(address.state.map { $0.count == 2 } ?? true, "\(text)")
        }
    }

    /// Spellings of one component: the canonical form first, then variants people type.
    static let predirectionals = [("N", ["N", "N.", "North", "north"]), ("SW", ["SW", "S.W.", "Southwest"]), ("E", ["E", "East", "E."])]
    static let names = ["OAK", "CONGRESS", "MARTIN LUTHER KING JR", "SAN JACINTO", "5TH", "BARTON SPRINGS", "ELM"]
    static let suffixes = [
        ("AVE", ["Avenue", "Ave", "Ave.", "AV", "avenue"]), ("ST", ["Street", "St", "St.", "STR"]), ("BLVD", ["Boulevard", "Blvd", "BOUL"]),
        ("RD", ["Road", "Rd", "Rd."]), ("DR", ["Drive", "Dr", "DRV"]), ("LN", ["Lane", "Ln"]), ("CT", ["Court", "Ct"]),
        ("PKWY", ["Parkway", "Pkwy", "PKY"]), ("TER", ["Terrace", "Ter", "Terr"]), ("HWY", ["Highway", "Hwy"]),
    ]
    static let postdirectionals = [("NW", ["NW", "N.W.", "Northwest"]), ("S", ["S", "South"])]
    static let units = [("APT", ["Apt", "Apt.", "Apartment", "APT #"]), ("STE", ["Suite", "Ste", "Ste."]), ("#", ["#"]), ("BLDG", ["Bldg", "Building"])]
    static let places = [
        ("AUSTIN", ["Austin"], "TX", ["TX", "Texas", "Tex."]), ("SAN ANTONIO", ["San Antonio"], "TX", ["TX", "Texas"]),
        ("NEW YORK", ["New York"], "NY", ["NY", "New York"]), ("SAINT LOUIS", ["St. Louis", "Saint Louis", "St Louis"], "MO", ["MO", "Missouri"]),
        ("FORT WORTH", ["Fort Worth", "Ft. Worth"], "TX", ["TX"]), ("CEDAR PARK", ["Cedar Park"], "TX", ["TX", "Texas"]),
    ]

    @Test func generatedAddressesParseIntoTheirComponents() throws {
        var generator = SystemRandomNumberGenerator()
        func pick<T>(_ items: [T]) -> T { items.randomElement(using: &generator)! }
        func maybe() -> Bool { Bool.random(using: &generator) }
        for _ in 0..<2_000 {
            var expected = ParsedAddress()
            var words: [String] = []
            expected.number = String(Int.random(in: 1...99_999, using: &generator)) + (Int.random(in: 0..<8, using: &generator) == 0 ? "B" : "")
            words.append(expected.number!)
            if maybe() { let (code, spellings) = pick(Self.predirectionals); expected.preDirectional = code; words.append(pick(spellings)) }
            expected.streetName = pick(Self.names)
            words.append(expected.streetName!.capitalized)
            let (suffix, suffixSpellings) = pick(Self.suffixes)
            expected.suffix = suffix
            words.append(pick(suffixSpellings))
            if maybe() { let (code, spellings) = pick(Self.postdirectionals); expected.postDirectional = code; words.append(pick(spellings)) }
            var line = words.joined(separator: " ")
            if maybe() {
                let (designator, spellings) = pick(Self.units)
                expected.unitDesignator = designator
                expected.unitNumber = String(Int.random(in: 1...999, using: &generator))
                line += (maybe() ? ", " : " ") + pick(spellings) + " " + expected.unitNumber!
            }
            let (city, citySpellings, state, stateSpellings) = pick(Self.places)
            expected.city = city
            expected.state = state
            let commas = maybe()
            var text = line + (commas ? ", " : " ") + pick(citySpellings) + (commas ? ", " : " ") + pick(stateSpellings)
            if maybe() {
                expected.zip = String(format: "%05d", Int.random(in: 10_000...99_999, using: &generator))
                text += " " + expected.zip!
                if maybe() { expected.zip4 = String(format: "%04d", Int.random(in: 0...9_999, using: &generator)); text += "-" + expected.zip4! }
            }
            if Int.random(in: 0..<4, using: &generator) == 0 { text = text.uppercased() }
            let parsed = try normalizer.parse(text)
            #expect(parsed == expected, "\(text)")
            #expect(try normalizer.parse(parsed.key).key == parsed.key, "\(text)")
        }
    }
}
