import Foundation
@testable import Geocoding
import Geodesy
import Testing

/// Street-level geocoding from TIGER/Line address ranges, on hand-made edges whose numbers are known.
@Suite("Street ranges")
struct StreetRangeTests {
    let normalizer = AddressNormalizer()

    /// One ADDRFEAT record: fields as the TIGER/Line documentation names them, numbers as text.
    static func record(
        _ tlid: Int, _ name: String, left: (String, String)?, right: (String, String)?, zip: String,
        parity: (String, String)? = nil, _ points: [(Double, Double)]
    ) -> TigerAddressFeature {
        var fields = ["TLID": String(tlid), "FULLNAME": name, "ZIPL": zip, "ZIPR": zip]
        fields["LFROMHN"] = left?.0 ?? ""
        fields["LTOHN"] = left?.1 ?? ""
        fields["RFROMHN"] = right?.0 ?? ""
        fields["RTOHN"] = right?.1 ?? ""
        if let parity {
            fields["PARITYL"] = parity.0
            fields["PARITYR"] = parity.1
        }
        return TigerAddressFeature(fields: fields, points: points.map { GeoPoint(latitude: $0.1, longitude: $0.0) })
    }

    /// Oak St runs north along -97.74 in 78701: 100–198 / 101–199 on the first edge, 200–298 / 201–299 on the
    /// second (coded southward, so its numbers run downward), nothing from 300 to 398, then 400–498 / 401–499.
    static let records: [TigerAddressFeature] = [
        record(1, "Oak St", left: ("101", "199"), right: ("100", "198"), zip: "78701", parity: ("O", "E"), [(-97.74, 30.2700), (-97.74, 30.2720)]),
        record(2, "Oak St", left: ("299", "201"), right: ("298", "200"), zip: "78701", parity: ("O", "E"), [(-97.74, 30.2740), (-97.74, 30.2720)]),
        record(3, "Oak St", left: ("401", "499"), right: ("400", "498"), zip: "78701", [(-97.74, 30.2760), (-97.74, 30.2780)]),
        // Only the right side has numbers.
        record(4, "Elm St", left: nil, right: ("500", "598"), zip: "78701", [(-97.7380, 30.2700), (-97.7360, 30.2700)]),
        // A Queens-style number a range of integers cannot hold.
        record(5, "Elm St", left: ("12-01", "12-99"), right: nil, zip: "78701", [(-97.7360, 30.2700), (-97.7340, 30.2700)]),
        // Main St in Austin and in Dallas.
        record(6, "Main St", left: ("101", "199"), right: ("100", "198"), zip: "78701", [(-97.7450, 30.2650), (-97.7430, 30.2650)]),
        record(7, "Main St", left: ("101", "199"), right: ("100", "198"), zip: "75201", [(-96.8050, 32.7900), (-96.8030, 32.7900)]),
        record(8, "N Lamar Blvd", left: ("1001", "1099"), right: ("1000", "1098"), zip: "78701", [(-97.7500, 30.2700), (-97.7500, 30.2720)]),
        record(9, "Congress Ave", left: ("1101", "1199"), right: ("1100", "1198"), zip: "78701", [(-97.7420, 30.2740), (-97.7415, 30.2760)]),
    ]

    static let index: StreetRangeIndex = {
        let parts = records.map { $0.ranges() }
        return StreetRangeIndex(edges: records.compactMap(\.edge), ranges: parts.flatMap(\.ranges))
    }()

    func locate(_ text: String) throws -> StreetMatch? {
        Self.index.locate(try normalizer.parse(text), gazetteer: .shipped)
    }

    /// Metres from `point` to the line along -97.74 (east positive), and how far north of `latitude` it is.
    static func offsets(_ point: GeoPoint, lineLongitude: Double = -97.74) -> (east: Double, north: Double) {
        let onLine = GeoPoint(latitude: point.latitude, longitude: lineLongitude)
        let east = Geodesic.wgs84.distance(onLine, point) * (point.longitude > lineLongitude ? 1 : -1)
        return (east, 0)
    }

    @Test func recordsGiveOneRangePerSideWithNumbers() {
        let (elm, skipped) = Self.records[3].ranges()
        #expect(elm.count == 1 && elm[0].side == .right && elm[0].parity == .even)
        #expect(skipped.isEmpty)
        let (queens, queensSkipped) = Self.records[4].ranges()
        #expect(queens.isEmpty && queensSkipped == [.nonNumericNumber])
        // Parity comes from PARITYL/PARITYR, else from the ends.
        let (oak, _) = Self.records[2].ranges()
        #expect(oak.map(\.parity) == [.odd, .even])
        #expect(Self.records[0].ranges().ranges.map(\.street) == ["OAK ST", "OAK ST"])
    }

    @Test func evenNumbersLieOnTheRightAndOddOnTheLeftAtTheInterpolatedPlace() throws {
        let even = try #require(try locate("150 Oak St, Austin, TX 78701"))
        let odd = try #require(try locate("151 Oak Street, Austin TX 78701"))
        #expect(even.range.side == .right && odd.range.side == .left)
        // Heading north, right is east; a few metres off the centre line.
        let evenOffset = Self.offsets(even.point).east, oddOffset = Self.offsets(odd.point).east
        #expect(abs(evenOffset - StreetRangeIndex.sideOffset) < 0.01)
        #expect(abs(oddOffset + StreetRangeIndex.sideOffset) < 0.01)
        // 150 is (150 - 100) / (198 - 100) of the way from the edge's first point.
        let start = GeoPoint(latitude: 30.2700, longitude: -97.74), end = GeoPoint(latitude: 30.2720, longitude: -97.74)
        let length = Geodesic.wgs84.distance(start, end)
        let along = Geodesic.wgs84.distance(start, GeoPoint(latitude: even.point.latitude, longitude: -97.74))
        #expect(abs(along - length * 50 / 98) < 0.05)
        #expect(even.confidence == 0.9 && even.number == 150)
    }

    @Test func aRangeThatRunsDownwardIsInterpolatedFromItsFirstPoint() throws {
        let match = try #require(try locate("250 Oak St, Austin, TX 78701"))
        #expect(match.range.edgeID == 2 && match.range.side == .right)
        // The edge runs south from 30.2740 with 298 there: 250 is 48/98 of the way down; right of south is west.
        let start = GeoPoint(latitude: 30.2740, longitude: -97.74)
        let length = Geodesic.wgs84.distance(start, GeoPoint(latitude: 30.2720, longitude: -97.74))
        let along = Geodesic.wgs84.distance(start, GeoPoint(latitude: match.point.latitude, longitude: -97.74))
        #expect(abs(along - length * 48 / 98) < 0.05)
        #expect(Self.offsets(match.point).east < 0)
    }

    @Test func aNumberBetweenTwoRangesGoesToTheNearerEndWithLessConfidence() throws {
        let match = try #require(try locate("350 Oak St, Austin, TX 78701"))
        #expect(match.range.edgeID == 3 && match.number == 350)
        #expect(match.confidence < 0.7)
        #expect(abs(match.point.latitude - 30.2760) < 0.0001)
        // Too far from any range: no street-level answer at all.
        #expect(try locate("9000 Oak St, Austin, TX 78701") == nil)
    }

    @Test func aMissingSideIsNotGuessed() throws {
        #expect(try locate("550 Elm St, Austin, TX 78701")?.range.side == .right)
        // Odd numbers of Elm St have no range on this edge (the other side has none).
        #expect(try locate("551 Elm St, Austin, TX 78701") == nil)
    }

    @Test func aStreetNameInSeveralZIPsIsFoundInTheAddresssOwn() throws {
        let austin = try #require(try locate("150 Main St, Austin, TX 78701"))
        let dallas = try #require(try locate("150 Main St, Dallas, TX 75201"))
        #expect(austin.range.zip == "78701" && austin.point.latitude < 31)
        #expect(dallas.range.zip == "75201" && dallas.point.latitude > 32)
        // Without a ZIP, the city chooses.
        #expect(try locate("150 Main St, Dallas, TX")?.range.zip == "75201")
        #expect(try locate("150 Main St, Austin, TX")?.confidence == 0.8)
    }

    @Test func confidenceSaysHowWellTheStreetMatched() throws {
        let exact = try #require(try locate("1150 Congress Ave, Austin, TX 78701"))
        // A neighbouring ZIP (78702's centroid is 2.5 km from 78701's).
        let neighbour = try #require(try locate("1150 Congress Ave, Austin, TX 78702"))
        // A misspelt name.
        let fuzzy = try #require(try locate("1150 Congres Ave, Austin, TX 78701"))
        // A missing directional and a missing suffix.
        let noDirectional = try #require(try locate("1050 Lamar Blvd, Austin, TX 78701"))
        let noSuffix = try #require(try locate("1150 Congress, Austin, TX 78701"))
        #expect(exact.confidence == 0.9)
        #expect(neighbour.confidence < exact.confidence && fuzzy.confidence < neighbour.confidence)
        #expect(noDirectional.confidence < exact.confidence && noSuffix.confidence < exact.confidence)
        #expect(noDirectional.confidence > neighbour.confidence)
        // A ZIP far from the street's (Dallas) is not a neighbour.
        #expect(try locate("1150 Congress Ave, Dallas, TX 75201") == nil)
    }

    @Test func reverseGeocodingNamesTheNumberOnThePointsSide() {
        let east = Geodesic.wgs84.destination(from: GeoPoint(latitude: 30.2710, longitude: -97.74), bearing: 90, distance: 12)
        let found = try? #require(Self.index.nearestAddress(to: east, within: 100))
        #expect(found?.range.side == .right && found?.range.parity == .even)
        #expect((146...152).contains(found?.number ?? 0) && (found?.number ?? 1) % 2 == 0)
        #expect(abs((found?.distance ?? 0) - 12) < 0.01)
        let west = Geodesic.wgs84.destination(from: GeoPoint(latitude: 30.2710, longitude: -97.74), bearing: 270, distance: 12)
        #expect((Self.index.nearestAddress(to: west, within: 100)?.number ?? 0) % 2 == 1)
        let far = Geodesic.wgs84.destination(from: GeoPoint(latitude: 30.2710, longitude: -97.74), bearing: 270, distance: 150)
        #expect(Self.index.nearestAddress(to: far, within: 100) == nil)
    }

    @Test func theOfflineGeocoderPrefersStreetsToZIPCentroidsAndSaysSo() throws {
        let offline = OfflineGeocoder(streets: StreetRangeLibrary(index: Self.index))
        let street = try #require(offline.locate(try normalizer.parse("150 Oak St, Austin, TX 78701")))
        #expect(street.precision == .street && street.source == "tiger")
        #expect(street.formattedAddress == "150 OAK ST, AUSTIN, TX 78701")
        let unknown = try #require(offline.locate(try normalizer.parse("150 Pine St, Austin, TX 78701")))
        #expect(unknown.precision == .postcode && unknown.source == "offline")
        let reverse = try #require(offline.reverse(GeoPoint(latitude: 30.2710, longitude: -97.73995)))
        #expect(reverse.precision == .street && reverse.address.hasSuffix("OAK ST, AUSTIN, TX 78701"))
        let zip = try #require(offline.reverse(GeoPoint(latitude: 30.2428, longitude: -97.7658)))
        #expect(zip.precision == .postcode && zip.postcode == "78704" && zip.street == nil && zip.distanceMetres < 1)
        #expect(offline.reverse(GeoPoint(latitude: 48.85, longitude: 2.35)) == nil)
    }

    @Test func theNearestAddressPointAnswersWhereNoStreetIs() throws {
        let points = try AddressPoints(data: Data(OfflineGeocoderTests.pointsCSV.utf8))
        let offline = OfflineGeocoder(addressPoints: points)
        let near = Geodesic.wgs84.destination(from: GeoPoint(latitude: 30.2670, longitude: -97.7433), bearing: 45, distance: 20)
        let found = try #require(offline.reverse(near))
        #expect(found.precision == .rooftop && found.number == "200" && abs(found.distanceMetres - 20) < 0.01)
    }

    /// The nearest point of a bent edge agrees with a dense walk along it (every metre) for points all around it.
    @Test func theNearestPointOfAnEdgeIsTheGeodesicFoot() {
        let edge = MeasuredEdge(StreetEdge(id: 1, points: [
            GeoPoint(latitude: 30.2700, longitude: -97.7400), GeoPoint(latitude: 30.2720, longitude: -97.7390),
            GeoPoint(latitude: 30.2725, longitude: -97.7360),
        ]))
        var walked: [GeoPoint] = []
        for segment in edge.bearings.indices {
            let length = edge.cumulative[segment + 1] - edge.cumulative[segment]
            for metre in stride(from: 0.0, through: length, by: 1) {
                walked.append(Geodesic.wgs84.destination(from: edge.points[segment], bearing: edge.bearings[segment], distance: metre))
            }
        }
        walked.append(edge.points.last!)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let point = GeoPoint(
                latitude: 30.2690 + Double.random(in: 0...0.0045, using: &generator),
                longitude: -97.7410 + Double.random(in: 0...0.0060, using: &generator)
            )
            let found = edge.nearest(to: point)
            let sampled = walked.map { Geodesic.wgs84.distance($0, point) }.min()!
            // The walk's points are at most half a metre from the true foot.
            #expect(found.distance <= sampled + 0.001 && found.distance >= sampled - 0.5, "\(point): \(found.distance) vs \(sampled)")
        }
    }

    @Test func editDistanceStopsAtItsLimit() {
        #expect(EditDistance.within(Array("CONGRESS".utf8), Array("CONGRES".utf8), limit: 1))
        #expect(!EditDistance.within(Array("CONGRESS".utf8), Array("CONGO".utf8), limit: 2))
        #expect(EditDistance.within(Array("LAMAR".utf8), Array("LAMAR".utf8), limit: 0))
    }
}
