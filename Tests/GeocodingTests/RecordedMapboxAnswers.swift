/// Answers of the Mapbox Geocoding API v6 as Mapbox recorded them, for the loopback stand-in to serve.
///
/// Quoted from the test resources of Mapbox's Java SDK, mapbox/mapbox-java, `services-geocoding/src/test/resources/v6/`:
/// each answer is one feature of a recorded collection, verbatim with that collection's `attribution` (the client asks
/// for `limit=1`, so an answer has one feature); only whitespace differs. Their licence:
///
///     ISC License
///
///     Copyright (c) 2016, Mapbox
///
///     Permission to use, copy, modify, and/or distribute this software for any
///     purpose with or without fee is hereby granted, provided that the above
///     copyright notice and this permission notice appear in all copies.
///
///     THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
///     WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
///     MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
///     ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
///     WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
///     ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
///     OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
enum RecordedMapboxAnswers {
    /// A query answered only by the country: the United States, at its centroid in Kansas
    /// (`batch_response_non_empty_valid.json`, the second query's collection, whole).
    static let countryOnly = """
        {"type":"FeatureCollection","features":[{"type":"Feature","id":"dXJuOm1ieHBsYzpJdXc","geometry":{"type":"Point",
        "coordinates":[-97.9222112121185,39.3812661305678]},"properties":{"mapbox_id":"dXJuOm1ieHBsYzpJdXc",
        "feature_type":"country","name":"United States","coordinates":{"longitude":-97.9222112121185,
        "latitude":39.3812661305678},"bbox":[-179.9,18.8164227,-66.8847656,71.420291],
        "context":{"country":{"mapbox_id":"dXJuOm1ieHBsYzpJdXc","name":"United States","country_code":"US",
        "country_code_alpha_3":"USA","wikidata_id":"Q30"}}}}],
        "attribution":"NOTICE: © 2023 Mapbox and its suppliers. All rights reserved. Use of this data is subject to the Mapbox \
        Terms of Service (https://www.mapbox.com/about/maps/). This response and the information it contains may not be \
        retained."}
        """

    /// 740 15th Street NW, Washington DC, an address on a known building (`forward_valid.json`, first feature).
    static let rooftopAddress = """
        {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[-77.03394,
        38.899929]},"properties":{"mapbox_id":"address.4268500394334256","feature_type":"address",
        "name":"740 15th Street Northwest","coordinates":{"longitude":-77.03394,"latitude":38.899929,"accuracy":"rooftop"},
        "place_formatted":"Washington, District of Columbia 20005, United States","street":"15th Street Northwest",
        "address_number":"740","match_code":{"exact_match":true,"house_number":"matched","street":"matched",
        "postcode":"matched","place":"matched","region":"matched","locality":"not_applicable","country":"inferred",
        "confidence":"exact"},"context":{"neighborhood":{"id":"neighborhood.170716396","name":"Downtown"},
        "postcode":{"id":"postcode.60747500","name":"20005"},"place":{"id":"place.345549036","name":"Washington",
        "wikidata_id":"Q61"},"region":{"id":"region.328940","name":"District of Columbia","wikidata_id":"Q3551781",
        "region_code":"DC","region_code_full":"US-DC"},"country":{"id":"country.8940","name":"United States",
        "wikidata_id":"Q30","country_code":"US","country_code_alpha_3":"USA"}}}}],
        "attribution":"NOTICE: © 2023 Mapbox and its suppliers. All rights reserved. Use of this data is subject to the Mapbox \
        Terms of Service (https://www.mapbox.com/about/maps/). This response and the information it contains may not be \
        retained."}
        """

    /// 740 15th Street NE, an address interpolated from its neighbours (`forward_valid.json`, second feature).
    static let interpolatedAddress = """
        {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[-76.983637,
        38.899496]},"properties":{"mapbox_id":"address.3868544158771022","feature_type":"address",
        "name":"740 15th Street Northeast","coordinates":{"longitude":-76.983637,"latitude":38.899496,
        "accuracy":"interpolated"},"place_formatted":"Washington, District of Columbia 20002, United States",
        "street":"15th Street Northeast","address_number":"740","match_code":{"exact_match":false,"house_number":"matched",
        "street":"unmatched","postcode":"unmatched","place":"matched","region":"matched","locality":"not_applicable",
        "country":"inferred","confidence":"medium"},"context":{"neighborhood":{"id":"neighborhood.438439148","name":"NoMa"},
        "postcode":{"id":"postcode.60722924","name":"20002"},"place":{"id":"place.345549036","name":"Washington",
        "wikidata_id":"Q61"},"region":{"id":"region.328940","name":"District of Columbia","wikidata_id":"Q3551781",
        "region_code":"DC","region_code_full":"US-DC"},"country":{"id":"country.8940","name":"United States",
        "wikidata_id":"Q30","country_code":"US","country_code_alpha_3":"USA"}}}}],
        "attribution":"NOTICE: © 2023 Mapbox and its suppliers. All rights reserved. Use of this data is subject to the Mapbox \
        Terms of Service (https://www.mapbox.com/about/maps/). This response and the information it contains may not be \
        retained."}
        """

    /// 15th Street NW, a street without the house (`forward_valid.json`, third feature).
    static let street = """
        {"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[-77.034265,
        38.94566]},"properties":{"mapbox_id":"address.261494123644714","feature_type":"street","name":"15th Street Northwest",
        "coordinates":{"longitude":-77.034265,"latitude":38.94566},
        "place_formatted":"Washington, District of Columbia 20011, United States",
        "context":{"neighborhood":{"id":"neighborhood.68037868","name":"Brightwood Park"},"postcode":{"id":"postcode.60796652",
        "name":"20011"},"place":{"id":"place.345549036","name":"Washington","wikidata_id":"Q61"},"region":{"id":"region.328940",
        "name":"District of Columbia","wikidata_id":"Q3551781","region_code":"DC","region_code_full":"US-DC"},
        "country":{"id":"country.8940","name":"United States","wikidata_id":"Q30","country_code":"US",
        "country_code_alpha_3":"USA"}}}}],
        "attribution":"NOTICE: © 2023 Mapbox and its suppliers. All rights reserved. Use of this data is subject to the Mapbox \
        Terms of Service (https://www.mapbox.com/about/maps/). This response and the information it contains may not be \
        retained."}
        """

    /// 740 15th Street NE again, a known address point off any known rooftop (`response_non_empty_valid.json`, second
    /// feature, accuracy `proximate`).
    static let proximateAddress = """
        {"type":"FeatureCollection","features":[{"type":"Feature",
        "id":"dXJuOm1ieGFkcjpkOGViMTNiMC0wMGYxLTRiZWYtODRkNC01YzNlZjE1ZDYzYzM","geometry":{"type":"Point",
        "coordinates":[-76.983637,38.899496]},
        "properties":{"mapbox_id":"dXJuOm1ieGFkcjpkOGViMTNiMC0wMGYxLTRiZWYtODRkNC01YzNlZjE1ZDYzYzM","feature_type":"address",
        "name":"740 15th Street Northeast","coordinates":{"longitude":-76.983637,"latitude":38.899496,"accuracy":"proximate"},
        "place_formatted":"Washington, District of Columbia 20002, United States","match_code":{"address_number":"plausible",
        "street":"unmatched","postcode":"unmatched","place":"matched","region":"matched","locality":"not_applicable",
        "country":"inferred","confidence":"low"},
        "context":{"address":{"mapbox_id":"dXJuOm1ieGFkcjpkOGViMTNiMC0wMGYxLTRiZWYtODRkNC01YzNlZjE1ZDYzYzM",
        "address_number":"740","street_name":"15th Street Northeast","name":"740 15th Street Northeast"},
        "street":{"mapbox_id":"dXJuOm1ieGFkcjpkOGViMTNiMC0wMGYxLTRiZWYtODRkNC01YzNlZjE1ZDYzYzM","name":"15th Street Northeast"},
        "neighborhood":{"mapbox_id":"dXJuOm1ieHBsYzpHaUlNN0E","name":"NoMa","alternate":{"mapbox_id":"dXJuOm1ieHBsYzpJT3lzN0E",
        "name":"Rosedale"}},"postcode":{"mapbox_id":"dXJuOm1ieHBsYzpBNTZPN0E","name":"20002"},
        "place":{"mapbox_id":"dXJuOm1ieHBsYzpGSmlvN0E","name":"Washington","wikidata_id":"Q61"},
        "region":{"mapbox_id":"dXJuOm1ieHBsYzpCUVRz","name":"District of Columbia","wikidata_id":"Q3551781","region_code":"DC",
        "region_code_full":"US-DC"},"country":{"mapbox_id":"dXJuOm1ieHBsYzpJdXc","name":"United States","wikidata_id":"Q30",
        "country_code":"US","country_code_alpha_3":"USA"}}}}],"attribution":"Test attribution"}
        """
}
