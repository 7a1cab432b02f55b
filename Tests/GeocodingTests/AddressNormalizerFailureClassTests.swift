import Geocoding
import Testing

/// One test per kind of real-world text the normalizer used to get wrong (issue 20); every case must pass.
@Suite("Address normalizer failure classes")
struct AddressNormalizerFailureClassTests {
    let normalizer = AddressNormalizer()
    let grammarOnly = AddressNormalizer(gazetteer: nil)

    static let shortFormCities: [(String, ParsedAddress)] = [
        ("12 Ridge Rd Maple Hts OH", ParsedAddress(number: "12", streetName: "RIDGE", suffix: "RD", city: "MAPLE HEIGHTS", state: "OH")),
        ("500 Oak Hill Rd Cleveland Hts OH 44121", ParsedAddress(
            number: "500", streetName: "OAK HILL", suffix: "RD", city: "CLEVELAND HEIGHTS", state: "OH", zip: "44121"
        )),
        ("31 Rock Spring Rd Colorado Spgs CO", ParsedAddress(
            number: "31", streetName: "ROCK SPRING", suffix: "RD", city: "COLORADO SPRINGS", state: "CO"
        )),
        ("8 Hill St Spring Vy NY", ParsedAddress(number: "8", streetName: "HILL", suffix: "ST", city: "SPRING VALLEY", state: "NY")),
        ("90 Park Ave Glen Ellyn Vlg IL", ParsedAddress(number: "90", streetName: "PARK", suffix: "AVE", city: "GLEN ELLYN VILLAGE", state: "IL")),
        ("14 Mill Rd Lower Makefield Twp PA", ParsedAddress(
            number: "14", streetName: "MILL", suffix: "RD", city: "LOWER MAKEFIELD TOWNSHIP", state: "PA"
        )),
        ("7 Lake Dr Cherry Hl NJ", ParsedAddress(number: "7", streetName: "LAKE", suffix: "DR", city: "CHERRY HILL", state: "NJ")),
        // Not in the gazetteer: the street ends at the suffix that leaves a plausible city name.
        ("61 Tallow Ridge Rd Quillanbrook Hts OH", ParsedAddress(
            number: "61", streetName: "TALLOW RIDGE", suffix: "RD", city: "QUILLANBROOK HEIGHTS", state: "OH"
        )),
        ("4 Harbor View Dr Port Wendle WA", ParsedAddress(number: "4", streetName: "HARBOR VIEW", suffix: "DR", city: "PORT WENDLE", state: "WA")),
    ]

    @Test("cities in USPS short form or missing from the gazetteer", arguments: shortFormCities)
    func shortFormCity(input: String, expected: ParsedAddress) throws {
        #expect(try normalizer.parse(input) == expected)
    }

    @Test func aShortAndALongCityNameShareOneKey() throws {
        #expect(try normalizer.parse("12 Ridge Rd Maple Hts OH").key == normalizer.parse("12 Ridge Road, Maple Heights, Ohio").key)
        #expect(AddressNormalizer.normalizeCity("Colorado Spgs") == AddressNormalizer.normalizeCity("Colorado Springs"))
        #expect(AddressNormalizer.normalizeCity("Winston-Salem") == "WINSTON SALEM")
        #expect(AddressNormalizer.normalizeCity("Sault Ste. Marie") == "SAULT SAINTE MARIE")
        #expect(try grammarOnly.parse("12 Oak Hill Rd Maple Hts OH").city == "MAPLE HEIGHTS")
    }

    static let bareUnits: [(String, ParsedAddress)] = [
        ("40 W Elm St, 3B, Springfield IL", ParsedAddress(
            number: "40", preDirectional: "W", streetName: "ELM", suffix: "ST", unitNumber: "3B", city: "SPRINGFIELD", state: "IL"
        )),
        ("900 Lake Shore Dr 14 Chicago", ParsedAddress(number: "900", streetName: "LAKE SHORE", suffix: "DR", unitNumber: "14", city: "CHICAGO")),
        ("15 Union Sq W 2A New York NY", ParsedAddress(
            number: "15", streetName: "UNION", suffix: "SQ", postDirectional: "W", unitNumber: "2A", city: "NEW YORK", state: "NY"
        )),
        ("220 Elm St 4, Northampton, MA", ParsedAddress(
            number: "220", streetName: "ELM", suffix: "ST", unitNumber: "4", city: "NORTHAMPTON", state: "MA"
        )),
        ("8 Oak Ave, C, Decatur GA 30030", ParsedAddress(
            number: "8", streetName: "OAK", suffix: "AVE", unitNumber: "C", city: "DECATUR", state: "GA", zip: "30030"
        )),
    ]

    @Test("a unit number with no designator after the street", arguments: bareUnits)
    func bareUnit(input: String, expected: ParsedAddress) throws {
        #expect(try normalizer.parse(input) == expected)
    }

    @Test func aHighwayNumberIsNoUnit() throws {
        #expect(try normalizer.parse("2000 County Rd 100, Georgetown, TX").unitNumber == nil)
        #expect(try normalizer.parse("12 Old Hwy 40, Dixon, CA").streetName == "OLD HIGHWAY 40")
        #expect(try normalizer.parse("5 Avenue 12, Fresno, CA").streetName == "AVENUE 12")
    }

    static let postDirectionals: [(String, ParsedAddress)] = [
        ("230 S 400 E", ParsedAddress(number: "230", preDirectional: "S", streetName: "400", postDirectional: "E")),
        ("1375 W 800 N Orem UT", ParsedAddress(
            number: "1375", preDirectional: "W", streetName: "800", postDirectional: "N", city: "OREM", state: "UT"
        )),
        ("1200 Hwy 12 N", ParsedAddress(number: "1200", streetName: "HIGHWAY 12", postDirectional: "N")),
        ("4401 US Hwy 301 S, Riverview, FL", ParsedAddress(
            number: "4401", streetName: "US HIGHWAY 301", postDirectional: "S", city: "RIVERVIEW", state: "FL"
        )),
        ("300 State Route 7 W Gallipolis OH", ParsedAddress(
            number: "300", streetName: "STATE ROUTE 7", postDirectional: "W", city: "GALLIPOLIS", state: "OH"
        )),
        ("85 County Road 19 E, Shakopee, MN", ParsedAddress(
            number: "85", streetName: "COUNTY ROAD 19", postDirectional: "E", city: "SHAKOPEE", state: "MN"
        )),
    ]

    @Test("a post-directional after a numbered, grid or highway street", arguments: postDirectionals)
    func postDirectional(input: String, expected: ParsedAddress) throws {
        #expect(try normalizer.parse(input) == expected)
    }

    static let bareStates: [(String, ParsedAddress)] = [
        ("55 Market Springfield Missouri", ParsedAddress(number: "55", streetName: "MARKET", city: "SPRINGFIELD", state: "MO")),
        ("10 Broadway Fargo ND", ParsedAddress(number: "10", streetName: "BROADWAY", city: "FARGO", state: "ND")),
        ("3 Esplanade Quillanbrook Oregon", ParsedAddress(number: "3", streetName: "ESPLANADE", city: "QUILLANBROOK", state: "OR")),
    ]

    @Test("a state with no ZIP, comma or suffix before it", arguments: bareStates)
    func bareState(input: String, expected: ParsedAddress) throws {
        #expect(try normalizer.parse(input) == expected)
    }

    @Test func aStateAbbreviationThatIsAStreetSuffixStaysTheSuffix() throws {
        #expect(try normalizer.parse("100 Elm Ct").key == "100 ELM CT")
        #expect(try normalizer.parse("45 Oak Ridge Dr NE").postDirectional == "NE")
    }

    static let directionalsBeforeCity: [(String, ParsedAddress)] = [
        ("77 Peach Rd, NE Atlanta GA", ParsedAddress(
            number: "77", streetName: "PEACH", suffix: "RD", postDirectional: "NE", city: "ATLANTA", state: "GA"
        )),
        ("12 Elm St, SW Quillanbrook OR", ParsedAddress(
            number: "12", streetName: "ELM", suffix: "ST", postDirectional: "SW", city: "QUILLANBROOK", state: "OR"
        )),
        ("3100 Central Ave, NW Albuquerque, NM 87104", ParsedAddress(
            number: "3100", streetName: "CENTRAL", suffix: "AVE", postDirectional: "NW", city: "ALBUQUERQUE", state: "NM", zip: "87104"
        )),
        // A city that starts with a directional keeps it.
        ("2 Main St, N Little Rock, AR", ParsedAddress(number: "2", streetName: "MAIN", suffix: "ST", city: "NORTH LITTLE ROCK", state: "AR")),
    ]

    @Test("a directional between the comma and the city", arguments: directionalsBeforeCity)
    func directionalBeforeCity(input: String, expected: ParsedAddress) throws {
        #expect(try normalizer.parse(input) == expected)
    }

    static let countries: [(String, ParsedAddress)] = [
        ("Phoenix, AZ 85004 USA", ParsedAddress(city: "PHOENIX", state: "AZ", zip: "85004")),
        ("Phoenix, AZ 85004 US", ParsedAddress(city: "PHOENIX", state: "AZ", zip: "85004")),
        ("1 Elm St Tucson AZ 85701 U.S.A.", ParsedAddress(number: "1", streetName: "ELM", suffix: "ST", city: "TUCSON", state: "AZ", zip: "85701")),
        ("1 Elm St, Tucson, AZ 85701-2201 United States", ParsedAddress(
            number: "1", streetName: "ELM", suffix: "ST", city: "TUCSON", state: "AZ", zip: "85701", zip4: "2201"
        )),
        ("7 Main St, Mesa, AZ US", ParsedAddress(number: "7", streetName: "MAIN", suffix: "ST", city: "MESA", state: "AZ")),
    ]

    @Test("a country after the ZIP in the same segment", arguments: countries)
    func country(input: String, expected: ParsedAddress) throws {
        #expect(try normalizer.parse(input) == expected)
    }

    static let letteredRoads: [(String, ParsedAddress)] = [
        ("N1234 County Road KK", ParsedAddress(number: "N1234", streetName: "COUNTY ROAD KK")),
        ("N1234 County Road KK, Appleton, WI 54913", ParsedAddress(
            number: "N1234", streetName: "COUNTY ROAD KK", city: "APPLETON", state: "WI", zip: "54913"
        )),
        ("W5678 Cty Hwy E Neenah WI", ParsedAddress(number: "W5678", streetName: "COUNTY HIGHWAY E", city: "NEENAH", state: "WI")),
        ("N9W31100 Lake Dr, Delafield, WI", ParsedAddress(number: "N9W31100", streetName: "LAKE", suffix: "DR", city: "DELAFIELD", state: "WI")),
        ("2480 County Road PP, De Pere, WI", ParsedAddress(number: "2480", streetName: "COUNTY ROAD PP", city: "DE PERE", state: "WI")),
    ]

    @Test("lettered county roads and grid house numbers", arguments: letteredRoads)
    func letteredRoad(input: String, expected: ParsedAddress) throws {
        #expect(try normalizer.parse(input) == expected)
    }

    static let boxLines: [(String, ParsedAddress)] = [
        ("PO Box 1234, Austin, TX 78767", ParsedAddress(streetName: "PO BOX 1234", city: "AUSTIN", state: "TX", zip: "78767")),
        ("P.O. Box 9 Marfa TX", ParsedAddress(streetName: "PO BOX 9", city: "MARFA", state: "TX")),
        ("RR 2 Box 14, Hillsboro, WV", ParsedAddress(streetName: "RR 2 BOX 14", city: "HILLSBORO", state: "WV")),
        ("Rural Route 1 Box 8 Ava MO", ParsedAddress(streetName: "RR 1 BOX 8", city: "AVA", state: "MO")),
        ("HC 68 Box 22, Cascade, ID 83611", ParsedAddress(streetName: "HC 68 BOX 22", city: "CASCADE", state: "ID", zip: "83611")),
    ]

    @Test("post-office boxes, rural routes and highway contracts", arguments: boxLines)
    func boxLine(input: String, expected: ParsedAddress) throws {
        #expect(try normalizer.parse(input) == expected)
        #expect(try normalizer.parse(input).key.hasPrefix(expected.streetName!))
    }

    static let otherForms: [(String, ParsedAddress)] = [
        ("Apt 4, 123 Main St, Austin TX 78701", ParsedAddress(
            number: "123", streetName: "MAIN", suffix: "ST", unitDesignator: "APT", unitNumber: "4", city: "AUSTIN", state: "TX", zip: "78701"
        )),
        ("123 Main St, Springfield, Sangamon County, IL 62701", ParsedAddress(
            number: "123", streetName: "MAIN", suffix: "ST", city: "SPRINGFIELD", state: "IL", zip: "62701"
        )),
        ("One Microsoft Way, Redmond, WA 98052", ParsedAddress(
            number: "1", streetName: "MICROSOFT", suffix: "WAY", city: "REDMOND", state: "WA", zip: "98052"
        )),
        ("1 E Ave J Lancaster CA 93535", ParsedAddress(
            number: "1", preDirectional: "E", streetName: "AVENUE J", city: "LANCASTER", state: "CA", zip: "93535"
        )),
        ("Route 2, Box 112, Brownsville, TX 78520", ParsedAddress(streetName: "RR 2 BOX 112", city: "BROWNSVILLE", state: "TX", zip: "78520")),
        ("75 Kamehameha Hwy, Hale\u{02BB}iwa, HI", ParsedAddress(number: "75", streetName: "KAMEHAMEHA", suffix: "HWY", city: "HALEIWA", state: "HI")),
        ("12 Broadway E Quillanbrook OH", ParsedAddress(
            number: "12", streetName: "BROADWAY", postDirectional: "E", city: "QUILLANBROOK", state: "OH"
        )),
    ]

    @Test("leading units, counties, number words, suffix words as names, Hawaiian names", arguments: otherForms)
    func otherForm(input: String, expected: ParsedAddress) throws {
        #expect(try normalizer.parse(input) == expected)
    }

    static let highways: [(String, String)] = [
        ("9800 US 290, Austin, TX", "US HIGHWAY 290"), ("1 US Hwy 1, Edison, NJ", "US HIGHWAY 1"),
        ("2 SR 60, Valrico, FL", "STATE ROUTE 60"), ("3 St Rte 7, Athens, OH", "STATE ROUTE 7"),
        ("4 State Hwy 121, Plano, TX", "STATE HIGHWAY 121"), ("5 SH 71, Bastrop, TX", "STATE HIGHWAY 71"),
        ("6 Farm to Market Road 1826, Austin, TX", "FM 1826"), ("7 FM 2222, Austin, TX", "FM 2222"),
        ("8 Interstate 35, Temple, TX", "INTERSTATE 35"), ("9 IH-35, Temple, TX", "INTERSTATE 35"),
        ("10 Twp Rd 83, Millersburg, OH", "TOWNSHIP ROAD 83"), ("11 Co Rd 12, Ely, MN", "COUNTY ROAD 12"),
        ("12 State Rd 84, Davie, FL", "STATE ROAD 84"), ("13 Ranch Rd 620, Austin, TX", "RANCH ROAD 620"),
    ]

    @Test("highway names in standard form", arguments: highways)
    func highway(input: String, streetName: String) throws {
        let address = try normalizer.parse(input)
        #expect(address.streetName == streetName)
        #expect(address.suffix == nil)
    }
}
