import Foundation
import Testing
@testable import ZoneIndex
import ZoneSynthesis

/// The fast GeoJSON reader and the lenient `Decodable` path read every file to the same zones and problems; the
/// fast reader gives up on what it does not handle rather than read it differently.
@Suite struct GeoJSONFastReaderTests {
    private func bothWays(_ text: String) throws -> (fast: ZoneFile?, decodable: ZoneFile?, fastApplies: Bool) {
        let data = Data(text.utf8)
        return (try? ZoneFile(data: data, options: .init(), fastReader: true),
                try? ZoneFile(data: data, options: .init(), fastReader: false),
                GeoJSONFastReader.read(data) != nil)
    }

    private func expectSame(_ text: String, fastApplies expected: Bool? = nil, _ comment: Comment? = nil) throws {
        let (fast, decodable, applies) = try bothWays(text)
        #expect(fast?.zones == decodable?.zones, comment)
        #expect(fast?.problems == decodable?.problems, comment)
        #expect((fast == nil) == (decodable == nil), comment)
        if let expected { #expect(applies == expected, comment) }
    }

    @Test func generatedZoneSetsReadTheSame() throws {
        let sets = [
            try VoronoiZoneSet(count: 60, verticesPerZone: 40, seed: 41, maxPriority: 2, inactiveFraction: 0.2).zones(),
            OverlappingZoneSet(count: 30, verticesPerRing: 24, seed: 42).zones(),
        ]
        for zones in sets {
            let text = String(decoding: try ZoneFile.geoJSON(zones), as: UTF8.self)
            try expectSame(text, fastApplies: true)
            let read = try ZoneFile(data: Data(text.utf8))
            #expect(read.zones.count == zones.count)
        }
    }

    @Test func variationsTheFastReaderHandles() throws {
        let square = #"[[[0,0],[1,0],[1,1],[0,1],[0,0]]]"#
        let cases = [
            // Numeric and feature-level ids, null properties and members, extra members of every kind.
            #"{"type":"FeatureCollection","features":[{"type":"Feature","id":7,"properties":null,"geometry":{"type":"Polygon","coordinates":\#(square)}}]}"#,
            #"{ "features" : [ { "geometry" : { "coordinates" : \#(square) , "type" : "Polygon" } , "properties" : { "id" : "a" , "extra" : { "x" : [ 1 , true , null , "s" , -2.5e3 ] } , "name" : null } } ] , "type" : "FeatureCollection" , "name" : "zones" }"#,
            // 3D positions, MultiPolygon, holes, zip codes, priorities, flags, unicode.
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"m","name":"Zoné 東","zip_codes":["78701","78702-1234"],"priority":-3,"is_active":false},"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0,5],[4,0,5],[4,4,5],[0,4,5],[0,0,5]],[[1,1],[1,2],[2,2],[2,1],[1,1]]],[[[10,10],[11,10],[11,11],[10,10]]]]}}]}"#,
            // Problems: another geometry type, no geometry, no id, a bad ZIP, an invalid ring, a duplicate id.
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"p"},"geometry":{"type":"Point","coordinates":[1,2]}},{"type":"Feature","properties":{"id":"g"},"geometry":null},{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":\#(square)}},{"type":"Feature","properties":{"id":"z","zip_codes":["7870"]},"geometry":{"type":"Polygon","coordinates":\#(square)}},{"type":"Feature","properties":{"id":"bow"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}},{"type":"Feature","properties":{"id":"d"},"geometry":{"type":"Polygon","coordinates":\#(square)}},{"type":"Feature","properties":{"id":"d"},"geometry":{"type":"Polygon","coordinates":\#(square)}}]}"#,
            // Numbers in every JSON form, and ones that need more than 15 digits.
            #"{"type":"FeatureCollection","features":[{"properties":{"id":"n"},"geometry":{"type":"Polygon","coordinates":[[[-97.740400000000001,30.2747],[-9.77e1,3.02747E+1],[-97.7,30.3],[-0.0,0],[-97.740400000000001,30.2747]]]}}]}"#,
            #"{"type":"FeatureCollection","features":[]}"#,
        ]
        for (i, text) in cases.enumerated() { try expectSame(text, fastApplies: true, "case \(i)") }
    }

    @Test func theFastReaderGivesUpOnWhatItDoesNotHandle() throws {
        let square = #"[[[0,0],[1,0],[1,1],[0,1],[0,0]]]"#
        let cases = [
            #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:4326"}},"features":[]}"#,
            #"{"type":"FeatureCollection","features":[{"properties":{"id":"e\u00e9","name":"a \"b\""},"geometry":{"type":"Polygon","coordinates":\#(square)}}]}"#,
            #"{"type":"FeatureCollection","features":[{"properties":{"id":"s","priority":"2","is_active":1,"zip_codes":"78701, 78702"},"geometry":{"type":"Polygon","coordinates":\#(square)}}]}"#,
            #"{"type":"FeatureCollection","features":[{"properties":{"id":12345678901234567890},"geometry":{"type":"Polygon","coordinates":\#(square)}}]}"#,
            #"{"type":"FeatureCollection","features":[{"properties":{"id":"nan"},"geometry":{"type":"Polygon","coordinates":[[[NaN,0],[1,0],[1,1],[0,0]]]}}]}"#,
            #"{"type":"FeatureCollection","features":[{"properties":{"id":"big"},"geometry":{"type":"Polygon","coordinates":[[[1e400,0],[1,0],[1,1],[0,0]]]}}]}"#,
            #"{"type":"FeatureCollection","features":[{"properties":{"id":"short"},"geometry":{"type":"Polygon","coordinates":[[[0],[1,0],[1,1],[0,0]]]}}]}"#,
            #"{"type":"FeatureCollection","features":[5, {"properties":{"id":"ok"},"geometry":{"type":"Polygon","coordinates":\#(square)}}]}"#,
            #"{"type":"FeatureCollection","features":[{"properties":{"id":"x"},"geometry":{"type":"Polygon","coordinates":\#(square)}}]} trailing"#,
            #"{"type":"Feature","features":null}"#,
            "not json",
        ]
        for (i, text) in cases.enumerated() { try expectSame(text, fastApplies: false, "case \(i)") }
    }
}
