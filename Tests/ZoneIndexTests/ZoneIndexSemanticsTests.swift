import Foundation
import Testing
@testable import ZoneIndex

@Suite struct ZoneIndexSemanticsTests {
    @Test func holesAreNotPartOfTheZoneButTheirEdgesAre() throws {
        let index = try ZoneIndex(zones: [
            Fixtures.zone("ring", Fixtures.square(0, 0, 10, 10), holes: [Fixtures.square(4, 4, 6, 6)], zips: ["78701"]),
        ])
        #expect(try index.match(lat: 5, lng: 5).method == .none)
        #expect(try index.match(lat: 5, lng: 5, zip: "78701").method == .zip)
        #expect(try index.match(lat: 4, lng: 5).zone?.id == "ring")
        #expect(try index.match(lat: 2, lng: 2).zone?.id == "ring")
    }

    @Test func everyPartOfAMultiPolygonMatches() throws {
        let boundary = ZoneBoundary.multiPolygon([
            Polygon(exterior: Fixtures.square(0, 0, 1, 1)), Polygon(exterior: Fixtures.square(5, 5, 6, 6)),
        ])
        let index = try ZoneIndex(zones: [Zone(id: "two", name: "Two parts", boundary: boundary)])
        #expect(try index.match(lat: 0.5, lng: 0.5).zone?.id == "two")
        #expect(try index.match(lat: 5.5, lng: 5.5).zone?.id == "two")
        #expect(try index.match(lat: 3, lng: 3).method == .none)
    }

    @Test func boundaryPointsBelongToTheZone() throws {
        let index = try ZoneIndex(zones: [Fixtures.zone("a", Fixtures.square(0, 0, 1, 1))])
        for (lat, lng) in [(0.0, 0.0), (1.0, 1.0), (0.0, 0.5), (0.5, 1.0)] {
            #expect(try index.match(lat: lat, lng: lng) == ZoneMatch(zone: index.zones[0], method: .polygon), "(\(lat), \(lng))")
        }
    }

    @Test func highestPriorityWinsThenFirstDefined() throws {
        let index = try ZoneIndex(zones: [
            Fixtures.zone("low", Fixtures.square(0, 0, 10, 10), priority: 0),
            Fixtures.zone("high", Fixtures.square(2, 2, 8, 8), priority: 5),
            Fixtures.zone("high-later", Fixtures.square(2, 2, 8, 8), priority: 5),
            Fixtures.zone("negative", Fixtures.square(-1, -1, 11, 11), priority: -1),
        ])
        #expect(try index.match(lat: 5, lng: 5).zone?.id == "high")
        #expect(try index.match(lat: 1, lng: 1).zone?.id == "low")
        #expect(try index.match(lat: 10.5, lng: 10.5).zone?.id == "negative")
        // On the shared edge of equal-priority zones, the first defined wins.
        let tie = try ZoneIndex(zones: [
            Fixtures.zone("west", Fixtures.square(0, 0, 1, 1)), Fixtures.zone("east", Fixtures.square(1, 0, 2, 1)),
        ])
        #expect(try tie.match(lat: 0.5, lng: 1).zone?.id == "west")
    }

    @Test func inactiveZonesNeverMatch() throws {
        let index = try ZoneIndex(zones: [
            Fixtures.zone("off", Fixtures.square(0, 0, 10, 10), priority: 9, active: false, zips: ["78701"]),
            Fixtures.zone("on", Fixtures.square(5, 5, 10, 10), zips: ["78702"]),
        ])
        #expect(try index.match(lat: 1, lng: 1).method == .none)
        #expect(try index.match(lat: 6, lng: 6).zone?.id == "on")
        #expect(try index.match(lat: nil, lng: nil, zip: "78701").method == .none)
        #expect(try index.match(lat: nil, lng: nil, zip: "78702").zone?.id == "on")
    }

    @Test func zipFallbackAndItsTieBreak() throws {
        let index = try ZoneIndex(zones: [
            Fixtures.zone("first", Fixtures.square(0, 0, 1, 1), zips: ["78701", "78702"]),
            Fixtures.zone("second", Fixtures.square(2, 2, 3, 3), zips: ["78702"]),
            Fixtures.zone("preferred", Fixtures.square(4, 4, 5, 5), priority: 1, zips: ["78703", "78701"]),
        ])
        #expect(try index.match(lat: nil, lng: nil, zip: "78702") == ZoneMatch(zone: index.zones[0], method: .zip))
        #expect(try index.match(lat: nil, lng: nil, zip: "78701").zone?.id == "preferred")
        // A point outside every boundary falls back to its ZIP (ZIP+4 accepted); a covering polygon beats the ZIP.
        #expect(try index.match(lat: 9, lng: 9, zip: "78702-1234").zone?.id == "first")
        #expect(try index.match(lat: 2.5, lng: 2.5, zip: "78703") == ZoneMatch(zone: index.zones[1], method: .polygon))
        #expect(try index.match(lat: 9, lng: 9, zip: "99999").method == .none)
        #expect(try index.match(lat: nil, lng: nil, zip: nil).method == .none)
    }

    @Test(arguments: [
        (91.0, 0.0, ZoneQueryError.invalidLatitude(91)),
        (-90.5, 0.0, .invalidLatitude(-90.5)),
        (0.0, 180.5, .invalidLongitude(180.5)),
        (0.0, -181.0, .invalidLongitude(-181)),
        (0.0, Double.infinity, .invalidLongitude(.infinity)),
        (-Double.infinity, 0.0, .invalidLatitude(-.infinity)),
    ])
    func outOfRangeCoordinatesAreInputErrors(lat: Double, lng: Double, expected: ZoneQueryError) throws {
        let index = try ZoneIndex(zones: [Fixtures.zone("a", Fixtures.square(0, 0, 1, 1))])
        #expect(throws: expected) { try index.match(lat: lat, lng: lng) }
    }

    @Test func otherBadInputIsAnInputError() throws {
        let index = try ZoneIndex(zones: [])
        #expect(throws: ZoneQueryError.self) { try index.match(lat: .nan, lng: 0) }
        #expect(throws: ZoneQueryError.self) { try index.match(lat: 0, lng: .nan) }
        #expect(throws: ZoneQueryError.incompleteCoordinates(missing: "lng")) { try index.match(lat: 1, lng: nil) }
        #expect(throws: ZoneQueryError.incompleteCoordinates(missing: "lat")) { try index.match(lat: nil, lng: 1) }
        #expect(throws: ZoneQueryError.invalidZIP("N/A")) { try index.match(lat: nil, lng: nil, zip: "N/A") }
        // The extremes themselves are valid.
        #expect(try index.match(lat: 90, lng: -180).method == .none)
        #expect(try index.match(lat: 0, lng: 0, zip: " ").method == .none)
    }

    @Test func unsoundZoneSetsAreRejected() throws {
        #expect(throws: ZoneIndexError.duplicateZoneID("a")) {
            try ZoneIndex(zones: [Fixtures.zone("a", Fixtures.square(0, 0, 1, 1)), Fixtures.zone("a", Fixtures.square(2, 2, 3, 3))])
        }
        var open = Fixtures.square(0, 0, 1, 1)
        open.removeLast()
        #expect(throws: ZoneIndexError.self) { try ZoneIndex(zones: [Fixtures.zone("open", open)]) }
        var nan = Fixtures.square(0, 0, 1, 1)
        nan[2].x = .nan
        #expect(throws: ZoneIndexError.self) { try ZoneIndex(zones: [Fixtures.zone("nan", nan)]) }
    }

    @Test func zipCodesNormalize() {
        #expect(ZIPCode.normalize("78701") == "78701")
        #expect(ZIPCode.normalize(" 78701-1234 ") == "78701")
        #expect(ZIPCode.normalize("787011234") == "78701")
        #expect(ZIPCode.normalize("501") == "00501")
        #expect(ZIPCode.normalize("2134") == "02134")
        for bad in ["", "7870", "78701-12", "ABCDE", "78701-", "12", "123456", "7870a"] where bad != "7870" {
            #expect(ZIPCode.normalize(bad) == nil, "\(bad)")
        }
    }

    @Test func matchesEncodeAsTheDocumentedJSON() throws {
        let zone = Fixtures.zone("sz_1", Fixtures.square(0, 0, 1, 1))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let hit = String(decoding: try encoder.encode(ZoneMatch(zone: zone, method: .polygon)), as: UTF8.self)
        #expect(hit == #"{"method":"polygon","zone_id":"sz_1","zone_name":"Zone sz_1"}"#)
        let miss = String(decoding: try encoder.encode(ZoneMatch.none), as: UTF8.self)
        #expect(miss == #"{"method":"none","zone_id":null,"zone_name":null}"#)
    }
}
