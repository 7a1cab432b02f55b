/// How precise a Mapbox Geocoding v6 feature is, from its `feature_type` and, for addresses, `coordinates.accuracy`.
///
/// Sources: the v6 documentation's "Geographic Feature Types" and "Point accuracy for `address` features" tables
/// (docs.mapbox.com/api/search/geocoding), and the accuracy values of Mapbox's search SDKs (`SearchResultAccuracy`:
/// also `street` and `proximate`, the latter seen in answers recorded in mapbox/mapbox-java's v6 test resources).
extension MapboxGeocoder {
    /// The precision of a feature of type `featureType` whose coordinates have `accuracy`.
    ///
    /// | `feature_type` | precision | why |
    /// |---|---|---|
    /// | `address`, `secondary_address` | by `accuracy` (below) | an address, or a unit of one: as precise as its point |
    /// | `street` | `street` | a point on the street that hosts the addresses |
    /// | `block` | `street` | a city block (Japanese addresses only) |
    /// | `postcode` | `postcode` | the postal code's centroid |
    /// | `neighborhood`, `locality`, `place` | `city` | a part of a city, or the city, town or village |
    /// | `district` | `region` | "larger than cities": a US county |
    /// | `region` | `region` | a state |
    /// | `country` | `country` | a country (for a US query, a point in Kansas) |
    /// | anything else, or none | `country` | a type added since ("new types are occasionally added"): not vouched for, so it places nothing |
    static func precision(featureType: String?, accuracy: String?) -> GeocodePrecision {
        switch featureType {
        case "address", "secondary_address": addressPrecision(accuracy: accuracy)
        case "street", "block": .street
        case "postcode": .postcode
        case "neighborhood", "locality", "place": .city
        case "district", "region": .region
        default: .country
        }
    }

    /// The precision of an address point of `accuracy`.
    ///
    /// | `accuracy` | precision | Mapbox's meaning |
    /// |---|---|---|
    /// | `rooftop` | `rooftop` | intersects a known building or entrance |
    /// | `parcel` | `rooftop` | within the polygon of the address's parcel |
    /// | `point` | `rooftop` | a known address point, not on a known rooftop or parcel |
    /// | `proximate` | `rooftop` | a known address point, not on a known rooftop or parcel (the SDKs' name) |
    /// | `interpolated` | `street` | position estimated from nearby known addresses |
    /// | `approximate` | `street` | the centroid of the ZIP+4, about one side of a block |
    /// | `intersection` | `street` | the intersection of two streets |
    /// | `street` | `street` | the street's centroid |
    /// | anything else, or none | `street` | not vouched for as the address point; still on the address's street |
    static func addressPrecision(accuracy: String?) -> GeocodePrecision {
        switch accuracy {
        case "rooftop", "parcel", "point", "proximate": .rooftop
        default: .street
        }
    }
}
