import Foundation
import Geocoding
import Testing

/// A hosted provider under test: how to make it against a stub, and bodies in its documented response format.
struct ProviderCase: Sendable, CustomTestStringConvertible {
    var name: String
    var path: String
    var make: @Sendable (_ baseURL: String, _ timeout: Duration) -> any GeocodingProvider
    var successBody: String
    var emptyBody: String
    var expected: GeocodeResult
    /// Query parameters every request must carry.
    var requiredQuery: [String: String]

    var testDescription: String { name }

    static let all: [ProviderCase] = [mapbox, census, nominatim]

    static let mapbox = ProviderCase(
        name: "mapbox", path: "/search/geocode/v6/forward",
        make: { MapboxGeocoder(accessToken: "pk.test-token", options: .init(baseURL: $0, timeout: $1), requestsPerSecond: nil) },
        successBody: """
            {"type":"FeatureCollection","features":[{"type":"Feature","id":"dXJuOm1ieGFkcjo","geometry":{"type":"Point",
            "coordinates":[-77.036547,38.897675]},"properties":{"mapbox_id":"dXJuOm1ieGFkcjo","feature_type":"address",
            "full_address":"1600 Pennsylvania Avenue Northwest, Washington, District of Columbia 20500, United States",
            "name":"1600 Pennsylvania Avenue Northwest","place_formatted":"Washington, District of Columbia 20500, United States",
            "coordinates":{"longitude":-77.036547,"latitude":38.897675,"accuracy":"rooftop","routable_points":[{"name":"default",
            "latitude":38.898,"longitude":-77.0366}]},"context":{"address":{"name":"1600 Pennsylvania Avenue Northwest",
            "address_number":"1600","street_name":"pennsylvania avenue northwest"},"street":{"name":"pennsylvania avenue northwest"},
            "postcode":{"mapbox_id":"dXJuOm1ieHBsYzpBd1pPN0E","name":"20500"},"place":{"name":"Washington"},
            "region":{"name":"District of Columbia","region_code":"DC"},"country":{"name":"United States","country_code":"US"}},
            "match_code":{"address_number":"matched","street":"matched","postcode":"matched","place":"matched","region":"matched",
            "locality":"not_applicable","country":"inferred","confidence":"exact"}}}],
            "attribution":"NOTICE: © 2024 Mapbox and its suppliers. All rights reserved."}
            """,
        emptyBody: #"{"type":"FeatureCollection","features":[],"attribution":"NOTICE: © 2024 Mapbox"}"#,
        expected: GeocodeResult(
            lat: 38.897675, lng: -77.036547,
            formattedAddress: "1600 Pennsylvania Avenue Northwest, Washington, District of Columbia 20500, United States",
            postcode: "20500", precision: .rooftop, source: "mapbox", confidence: 1
        ),
        requiredQuery: ["access_token": "pk.test-token", "permanent": "true", "q": "1600 PENNSYLVANIA AVE NW, WASHINGTON, DC 20500"]
    )

    static let census = ProviderCase(
        name: "census", path: "/geocoder/locations/onelineaddress",
        make: { CensusGeocoder(options: .init(baseURL: $0, timeout: $1), requestsPerSecond: nil) },
        successBody: """
            {"result":{"input":{"address":{"address":"1600 PENNSYLVANIA AVE NW, WASHINGTON, DC 20500"},
            "benchmark":{"isDefault":true,"benchmarkDescription":"Public Address Ranges - Current Benchmark","id":"4",
            "benchmarkName":"Public_AR_Current"}},"addressMatches":[{"tigerLine":{"side":"L","tigerLineId":"76225813"},
            "coordinates":{"x":-77.03518753691,"y":38.89869893252},"addressComponents":{"zip":"20500","streetName":"PENNSYLVANIA",
            "preType":"","city":"WASHINGTON","preDirection":"","suffixDirection":"NW","fromAddress":"1600","state":"DC",
            "suffixType":"AVE","toAddress":"1698","suffixQualifier":"","preQualifier":""},
            "matchedAddress":"1600 PENNSYLVANIA AVE NW, WASHINGTON, DC, 20500"}]}}
            """,
        emptyBody: """
            {"result":{"input":{"address":{"address":"1 NOWHERE"},"benchmark":{"id":"4","benchmarkName":"Public_AR_Current"}},
            "addressMatches":[]}}
            """,
        expected: GeocodeResult(
            lat: 38.89869893252, lng: -77.03518753691, formattedAddress: "1600 PENNSYLVANIA AVE NW, WASHINGTON, DC, 20500",
            postcode: "20500", precision: .street, source: "census", confidence: 1
        ),
        requiredQuery: ["benchmark": "Public_AR_Current", "format": "json", "address": "1600 PENNSYLVANIA AVE NW, WASHINGTON, DC 20500"]
    )

    static let nominatim = ProviderCase(
        name: "nominatim", path: "/search",
        make: { NominatimGeocoder(userAgent: "CurbsideTests/1.0 (tests@example.com)", options: .init(baseURL: $0, timeout: $1), requestsPerSecond: nil) },
        successBody: """
            [{"place_id":308963598,"licence":"Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright",
            "osm_type":"way","osm_id":238241022,"lat":"38.897699700000004","lon":"-77.03655315","category":"office",
            "type":"government","place_rank":30,"importance":0.6347211541681101,"addresstype":"office","name":"White House",
            "display_name":"White House, 1600, Pennsylvania Avenue Northwest, Washington, District of Columbia, 20500, United States",
            "address":{"office":"White House","house_number":"1600","road":"Pennsylvania Avenue Northwest","city":"Washington",
            "state":"District of Columbia","ISO3166-2-lvl4":"US-DC","postcode":"20500","country":"United States","country_code":"us"},
            "boundingbox":["38.8974908","38.8979110","-77.0368537","-77.0362519"]}]
            """,
        emptyBody: "[]",
        expected: GeocodeResult(
            lat: 38.897699700000004, lng: -77.03655315,
            formattedAddress: "White House, 1600, Pennsylvania Avenue Northwest, Washington, District of Columbia, 20500, United States",
            postcode: "20500", precision: .rooftop, source: "nominatim", confidence: 1
        ),
        requiredQuery: ["format": "jsonv2", "q": "1600 PENNSYLVANIA AVE NW, WASHINGTON, DC 20500"]
    )
}
