import Foundation
@testable import Geocoding
import Testing

@Suite("Offline geocoder")
struct OfflineGeocoderTests {
    let normalizer = AddressNormalizer()

    /// A few address points on Congress Ave and one on Oak Ave, in OpenAddresses column order (with extra columns).
    static let pointsCSV = """
        LON,LAT,NUMBER,STREET,UNIT,CITY,DISTRICT,REGION,POSTCODE,ID,HASH
        -97.7431,30.2650,100,Congress Avenue,,Austin,Travis,TX,78701,,a1
        -97.7433,30.2670,200,CONGRESS AVE,,AUSTIN,Travis,Texas,78701,,a2
        -97.7435,30.2690,300,Congress Ave,,Austin,Travis,TX,78701-2222,,a3
        -97.7429,30.2660,101,Congress Ave,,Austin,Travis,TX,78701,,a4
        -97.7200,30.2600,456,Oak Avenue,,Austin,Travis,TX,78702,,a5
        -97.7210,30.2610,12,"North Lamar Boulevard",,Austin,Travis,TX,78703,,a6
        not-a-number,30.1,1,Bad Row,,Austin,,TX,78701,,a7
        -97.7,30.2,,No Number St,,Austin,,TX,78701,,a8
        """

    func offline(points: Bool = true) throws -> OfflineGeocoder {
        OfflineGeocoder(addressPoints: points ? try AddressPoints(data: Data(Self.pointsCSV.utf8)) : nil)
    }

    @Test func loadingCountsGoodAndBadRows() throws {
        let points = try AddressPoints(data: Data(Self.pointsCSV.utf8))
        #expect(points.loaded == 6 && points.skipped == 2)
    }

    @Test func anAddressPointGivesARooftopMatch() throws {
        let result = try #require(try offline().locate(normalizer.parse("200 Congress Avenue, Austin, Texas 78701")))
        #expect(result.precision == .rooftop)
        #expect(result.lat == 30.2670 && result.lng == -97.7433)
        #expect(result.formattedAddress == "200 CONGRESS AVE, AUSTIN, TX 78701")
        // Found by city and state when the ZIP is missing, and with spelled-out directionals.
        #expect(try offline().locate(normalizer.parse("200 Congress Ave Austin TX"))?.precision == .rooftop)
        #expect(try offline().locate(normalizer.parse("12 N Lamar Blvd, Austin, TX 78703"))?.lat == 30.2610)
    }

    @Test func aMissingNumberIsInterpolatedAlongTheStreet() throws {
        let result = try #require(try offline().locate(normalizer.parse("150 Congress Ave, Austin, TX 78701")))
        #expect(result.precision == .street)
        // Between 100 (30.2650) and 200 (30.2670) on the even side.
        #expect(abs(result.lat - 30.2660) < 1e-9 && abs(result.lng - -97.7432) < 1e-9)
        let beyond = try #require(try offline().locate(normalizer.parse("900 Congress Ave, Austin, TX 78701")))
        #expect(beyond.precision == .street && beyond.lat == 30.2690)
    }

    @Test func unknownStreetsFallBackToTheZIPCentroid() throws {
        let result = try #require(try offline().locate(normalizer.parse("1 Nowhere Lane, Austin, TX 78702")))
        #expect(result.precision == .postcode)
        #expect(result.lat == 30.2638 && result.lng == -97.7166 && result.postcode == "78702")
        #expect(result.formattedAddress == "AUSTIN, TX 78702")
    }

    @Test func withoutAZIPTheCityCentroidIsUsed() throws {
        let result = try #require(try offline(points: false).locate(normalizer.parse("1 Nowhere Lane, Cedar Park, Texas")))
        #expect(result.precision == .city)
        #expect(result.lat == 30.5052 && result.lng == -97.82029)
    }

    @Test func unknownPlacesAreNotFound() throws {
        #expect(try offline().locate(normalizer.parse("1 Main St, Xyzzyville, TX")) == nil)
        #expect(try offline().locate(normalizer.parse("1 Main St, Xyzzyville, TX 00000")) == nil)
        // An unknown ZIP with a known city still reaches the city.
        #expect(try offline().locate(normalizer.parse("1 Main St, Austin, TX 00000"))?.precision == .city)
    }

    @Test func aContradictoryZIPLowersConfidence() throws {
        let agrees = try #require(try offline().locate(normalizer.parse("1 Nowhere Ln, Austin, TX 78702")))
        let disagrees = try #require(try offline().locate(normalizer.parse("1 Nowhere Ln, Dallas, TX 78702")))
        #expect(agrees.confidence > disagrees.confidence)
    }

    @Test func theShippedGazetteerCoversTheCountry() {
        let gazetteer = Gazetteer.shipped
        #expect(gazetteer.zips.count > 40_000)
        #expect(gazetteer.places.count > 20_000)
        #expect(gazetteer.zips["10118"]?.city == "NEW YORK")
        #expect(gazetteer.isKnownCity("SAINT LOUIS", state: "MO"))
        #expect(gazetteer.cityCentroid("AUSTIN", state: "TX") != nil)
    }

    @Test func aFileWithoutTheRequiredColumnsIsRejected() {
        #expect(throws: AddressPointsError.self) { try AddressPoints(data: Data("X,Y,NUMBER\n1,2,3\n".utf8)) }
        #expect(throws: AddressPointsError.missingHeader) { try AddressPoints(data: Data()) }
    }
}
