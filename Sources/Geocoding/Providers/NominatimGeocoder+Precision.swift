/// How precise a Nominatim `jsonv2` result is.
///
/// Sources, from the osm-search/Nominatim repository: `docs/customize/Ranking.md` (what each search rank, the
/// `place_rank` of `jsonv2`, holds), `docs/api/Output.md` ("OSM reference": what postcode, interpolation and TIGER
/// results look like) and the result classes of its Python API (`nominatim_api/results.py`: `SourceTable.OSMLINE`,
/// "interpolation addresses are always approximate", and `SourceTable.TIGER`, "TIGER addresses are also
/// interpolations").
extension NominatimGeocoder {
    /// The precision of `place`, by the first rule that applies:
    ///
    /// 1. A postcode (`place`/`postcode`, the centroid Nominatim computes from the address points with that code;
    ///    `boundary`/`postal_code`; or `addresstype` `postcode`) is `postcode`, whatever its rank.
    /// 2. An interpolated house number is `street`: Nominatim gives address interpolations (from OSM interpolation
    ///    lines) and TIGER house numbers (US Census address ranges) the class `place` and type `house` (`houses`
    ///    for a whole line), with the OSM way of the interpolation line or of the street as `osm_type`/`osm_id`, or,
    ///    in some versions, no OSM reference at all. An OSM address point is `place`/`house` too, but it is a node.
    ///    So `place`/`house` that is not a node, and any `place`/`houses`, is an interpolation. (An address mapped
    ///    on a way with no other tag reads as one too: it is reported as `street`, less precise than it is.)
    /// 3. Otherwise the search rank decides (`precision(rank:)`).
    static func precision(_ place: Place) -> GeocodePrecision {
        if place.category == "place" && place.type == "postcode" || place.category == "boundary" && place.type == "postal_code"
            || place.addresstype == "postcode" {
            return .postcode
        }
        if place.category == "place" && (place.type == "houses" || place.type == "house" && place.osmType != "node") {
            return .street
        }
        return precision(rank: place.placeRank)
    }

    /// The precision of a result of search rank `rank`, after the rank table of `docs/customize/Ranking.md`:
    ///
    /// | `place_rank` | Nominatim's places | precision |
    /// |---|---|---|
    /// | 1–3 | oceans, continents | `country` |
    /// | 4 | countries | `country` |
    /// | 5–9 | states, regions, provinces | `region` |
    /// | 10–12 | counties | `region` |
    /// | 13–16 | cities, municipalities, islands | `city` |
    /// | 17–18 | towns, boroughs | `city` |
    /// | 19 | villages, suburbs | `city` |
    /// | 20 | hamlets, farms, neighbourhoods | `city` |
    /// | 21–25 | isolated dwellings, city blocks, squares, localities | `city` |
    /// | 26–27 | streets | `street` |
    /// | 28 | house number interpolations | `street` |
    /// | 29 | internal use | `street` |
    /// | 30 | POIs, buildings, house numbers | `rooftop` |
    /// | anything else | undocumented | `country`: not vouched for, so it places nothing |
    static func precision(rank: Int) -> GeocodePrecision {
        switch rank {
        case 1...4: .country
        case 5...12: .region
        case 13...25: .city
        case 26...29: .street
        case 30: .rooftop
        default: .country
        }
    }
}
