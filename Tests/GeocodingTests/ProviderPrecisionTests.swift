import Foundation
@testable import Geocoding
import Testing

/// How precise each kind of answer the hosted providers document is, one test per documented value.
@Suite("Provider precision")
struct ProviderPrecisionTests {
    @Test("precisions are ordered from the most precise, and only city or finer locates an address")
    func ordering() {
        #expect(GeocodePrecision.allCases == [.rooftop, .street, .postcode, .city, .region, .country])
        #expect(GeocodePrecision.allCases == GeocodePrecision.allCases.sorted())
        #expect(GeocodePrecision.city < .region && .region < .country && !(GeocodePrecision.country < .city))
        #expect(GeocodePrecision.allCases.filter(\.locatesAnAddress) == [.rooftop, .street, .postcode, .city])
    }

    @Test("a Mapbox v6 feature_type gives its precision", arguments: [
        ("country", GeocodePrecision.country), ("region", .region), ("postcode", .postcode), ("district", .region),
        ("place", .city), ("locality", .city), ("neighborhood", .city), ("street", .street), ("block", .street),
    ] as [(String, GeocodePrecision)])
    func mapboxFeatureType(featureType: String, expected: GeocodePrecision) {
        #expect(MapboxGeocoder.precision(featureType: featureType, accuracy: nil) == expected)
        // Accuracy describes address points only; it changes nothing for other features.
        #expect(MapboxGeocoder.precision(featureType: featureType, accuracy: "rooftop") == expected)
    }

    @Test("a Mapbox v6 address or secondary address is as precise as its coordinates.accuracy", arguments: [
        ("rooftop", GeocodePrecision.rooftop), ("parcel", .rooftop), ("point", .rooftop), ("proximate", .rooftop),
        ("interpolated", .street), ("approximate", .street), ("intersection", .street), ("street", .street),
    ] as [(String, GeocodePrecision)])
    func mapboxAccuracy(accuracy: String, expected: GeocodePrecision) {
        #expect(MapboxGeocoder.precision(featureType: "address", accuracy: accuracy) == expected)
        #expect(MapboxGeocoder.precision(featureType: "secondary_address", accuracy: accuracy) == expected)
    }

    @Test("a Mapbox address without a known accuracy is not vouched for as the address point")
    func mapboxAddressWithoutAccuracy() {
        #expect(MapboxGeocoder.precision(featureType: "address", accuracy: nil) == .street)
        #expect(MapboxGeocoder.precision(featureType: "address", accuracy: "centroid") == .street)
    }

    @Test("a Mapbox feature type this client does not know places nothing")
    func mapboxUnknownFeatureType() {
        #expect(MapboxGeocoder.precision(featureType: "poi", accuracy: "rooftop") == .country)
        #expect(MapboxGeocoder.precision(featureType: nil, accuracy: nil) == .country)
    }

    /// The precision of each search rank, after the rank table of Nominatim's `docs/customize/Ranking.md`.
    static let nominatimRanks: [(Int, GeocodePrecision)] =
        (1...4).map { ($0, .country) } + (5...12).map { ($0, .region) } + (13...25).map { ($0, .city) }
        + (26...29).map { ($0, .street) } + [(30, .rooftop)]

    @Test("a Nominatim place_rank gives its precision", arguments: nominatimRanks)
    func nominatimRank(rank: Int, expected: GeocodePrecision) throws {
        #expect(NominatimGeocoder.precision(rank: rank) == expected)
        let place = try decodePlace(#"{"category":"amenity","type":"school","osm_type":"way","place_rank":\#(rank),"addresstype":"amenity"}"#)
        #expect(NominatimGeocoder.precision(place) == expected)
    }

    @Test("a Nominatim rank outside the documented 1–30 places nothing", arguments: [0, -1, 31, 99])
    func nominatimUndocumentedRank(rank: Int) {
        #expect(NominatimGeocoder.precision(rank: rank) == .country)
    }

    @Test("a Nominatim place/house is an address point only when it is an OSM node", arguments: [
        (#""osm_type":"node","#, GeocodePrecision.rooftop), (#""osm_type":"way","#, .street), (#""osm_type":"relation","#, .street), ("", .street),
    ] as [(String, GeocodePrecision)])
    func nominatimHouse(osmReference: String, expected: GeocodePrecision) throws {
        let place = try decodePlace(#"{"category":"place","type":"house",\#(osmReference)"place_rank":30,"addresstype":"place"}"#)
        #expect(NominatimGeocoder.precision(place) == expected)
    }

    @Test("a Nominatim interpolation line (place/houses) is on the street")
    func nominatimInterpolationLine() throws {
        let place = try decodePlace(#"{"category":"place","type":"houses","osm_type":"way","place_rank":30,"addresstype":"place"}"#)
        #expect(NominatimGeocoder.precision(place) == .street)
    }

    @Test("a Nominatim postcode is a postcode whatever its rank", arguments: [
        #""category":"place","type":"postcode","addresstype":"postcode""#,
        #""category":"boundary","type":"postal_code","osm_type":"relation","addresstype":"postcode""#,
        #""category":"place","type":"locality","osm_type":"node","addresstype":"postcode""#,
    ])
    func nominatimPostcode(fields: String) throws {
        for rank in [5, 21, 25] {
            #expect(NominatimGeocoder.precision(try decodePlace("{\(fields),\"place_rank\":\(rank)}")) == .postcode)
        }
    }

    @Test("Nominatim's place_rank is read as a number or, as older servers wrote it, a string")
    func nominatimRankAsText() throws {
        #expect(try decodePlace(#"{"category":"place","type":"house","osm_type":"node","place_rank":"30"}"#).placeRank == 30)
        #expect(throws: DecodingError.self) { try decodePlace(#"{"category":"place","type":"house","osm_type":"node"}"#) }
        #expect(throws: DecodingError.self) { try decodePlace(#"{"category":"place","type":"house","place_rank":"high"}"#) }
    }

    /// A `jsonv2` result with `fields` and a point, decoded as the client reads it.
    func decodePlace(_ fields: String) throws -> NominatimGeocoder.Place {
        let json = fields.dropLast() + #","lat":"39.0483","lon":"-95.6781","display_name":"Topeka, Kansas, United States"}"#
        return try JSONDecoder().decode(NominatimGeocoder.Place.self, from: Data(json.utf8))
    }
}
