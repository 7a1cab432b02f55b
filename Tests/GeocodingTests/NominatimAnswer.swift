import Foundation
import Geocoding
import Testing

/// A one-result answer of Nominatim's `search?format=jsonv2&addressdetails=1`, written by hand in the documented
/// format (osm-search/Nominatim `docs/api/Output.md`, with the fields its `format_json.py` writes). The kinds of result are the documented ones; places, ids and coordinates are illustrative, not recorded:
/// Nominatim's documentation is GPL and its examples are neither in the US nor in `jsonv2`, so none is quoted.
struct NominatimAnswer: Sendable, CustomTestStringConvertible {
    /// What the result is, for the test's name.
    var name: String
    var category: String
    var type: String
    /// `node`, `way` or `relation`; nil for results without an OSM reference.
    var osmType: String?
    var placeRank: Int
    var addresstype: String
    var lat: Double
    var lng: Double
    var displayName: String
    var postcode: String?
    /// The precision the client must read from it.
    var expected: GeocodePrecision

    var testDescription: String { name }

    /// The answer's body: an array holding the one result.
    var body: String {
        var result: [String: Any] = [
            "place_id": 100_149, "licence": "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright",
            "lat": String(lat), "lon": String(lng), "category": category, "type": type, "place_rank": placeRank,
            "importance": 0.4, "addresstype": addresstype, "name": "", "display_name": displayName,
            "address": ["country": "United States", "country_code": "us"].merging(postcode.map { ["postcode": $0] } ?? [:]) { $1 },
            "boundingbox": [String(lat - 0.0001), String(lat + 0.0001), String(lng - 0.0001), String(lng + 0.0001)],
        ]
        if let osmType {
            result["osm_type"] = osmType
            result["osm_id"] = 19_730_479
        }
        let data = try! JSONSerialization.data(withJSONObject: [result], options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// One of each kind of result a US address query can get.
    static let all: [NominatimAnswer] = [
        NominatimAnswer(
            name: "an OSM address point (place/house, a node)", category: "place", type: "house", osmType: "node", placeRank: 30,
            addresstype: "place", lat: 30.2747, lng: -97.7404, displayName: "1100, Congress Avenue, Austin, Texas, 78701, United States",
            postcode: "78701", expected: .rooftop
        ),
        NominatimAnswer(
            name: "a building with its address", category: "building", type: "yes", osmType: "way", placeRank: 30,
            addresstype: "building", lat: 30.2747, lng: -97.7404, displayName: "1100, Congress Avenue, Austin, Texas, 78701, United States",
            postcode: "78701", expected: .rooftop
        ),
        NominatimAnswer(
            name: "a TIGER house number (place/house on the street's way)", category: "place", type: "house", osmType: "way", placeRank: 30,
            addresstype: "place", lat: 39.0483, lng: -95.6781, displayName: "1234, Southwest Topeka Boulevard, Topeka, Kansas, 66612, United States",
            postcode: "66612", expected: .street
        ),
        NominatimAnswer(
            name: "a TIGER house number without an OSM reference", category: "place", type: "house", osmType: nil, placeRank: 30,
            addresstype: "place", lat: 39.0483, lng: -95.6781, displayName: "1234, Southwest Topeka Boulevard, Topeka, Kansas, 66612, United States",
            postcode: "66612", expected: .street
        ),
        NominatimAnswer(
            name: "an interpolation line (place/houses)", category: "place", type: "houses", osmType: "way", placeRank: 30,
            addresstype: "place", lat: 39.0483, lng: -95.6781, displayName: "Southwest Topeka Boulevard, Topeka, Kansas, 66612, United States",
            postcode: "66612", expected: .street
        ),
        NominatimAnswer(
            name: "a street", category: "highway", type: "primary", osmType: "way", placeRank: 26,
            addresstype: "road", lat: 39.0483, lng: -95.6781, displayName: "Southwest Topeka Boulevard, Topeka, Kansas, 66612, United States",
            postcode: "66612", expected: .street
        ),
        NominatimAnswer(
            name: "a postcode (place/postcode, no OSM reference)", category: "place", type: "postcode", osmType: nil, placeRank: 21,
            addresstype: "postcode", lat: 39.0558, lng: -95.6894, displayName: "66612, Topeka, Kansas, United States",
            postcode: "66612", expected: .postcode
        ),
        NominatimAnswer(
            name: "a neighbourhood", category: "place", type: "neighbourhood", osmType: "node", placeRank: 20,
            addresstype: "neighbourhood", lat: 39.0473, lng: -95.6752, displayName: "Old Town, Topeka, Kansas, United States",
            postcode: nil, expected: .city
        ),
        NominatimAnswer(
            name: "a city", category: "boundary", type: "administrative", osmType: "relation", placeRank: 16,
            addresstype: "city", lat: 39.0490, lng: -95.6776, displayName: "Topeka, Shawnee County, Kansas, United States",
            postcode: nil, expected: .city
        ),
        NominatimAnswer(
            name: "a county", category: "boundary", type: "administrative", osmType: "relation", placeRank: 12,
            addresstype: "county", lat: 39.0416, lng: -95.7566, displayName: "Shawnee County, Kansas, United States",
            postcode: nil, expected: .region
        ),
        NominatimAnswer(
            name: "a state", category: "boundary", type: "administrative", osmType: "relation", placeRank: 8,
            addresstype: "state", lat: 38.2731, lng: -98.5822, displayName: "Kansas, United States",
            postcode: nil, expected: .region
        ),
        NominatimAnswer(
            name: "the country", category: "boundary", type: "administrative", osmType: "relation", placeRank: 4,
            addresstype: "country", lat: 39.7837, lng: -100.4459, displayName: "United States",
            postcode: nil, expected: .country
        ),
    ]
}
