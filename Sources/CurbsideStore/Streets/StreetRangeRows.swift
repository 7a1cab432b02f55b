import Geocoding
import Geodesy

/// How street edges and ranges are written in both databases: an edge's points as text (`lng lat,lng lat,…`, the
/// shortest decimal that reads back as the same double), a range's optional parts as NULL.
enum StreetRangeRows {
    /// The text of `points`.
    static func text(_ points: [GeoPoint]) -> String {
        points.map { "\($0.longitude) \($0.latitude)" }.joined(separator: ",")
    }

    /// The points of `text`; nil when it is not of that form.
    static func points(_ text: String) -> [GeoPoint]? {
        var points: [GeoPoint] = []
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: " ")
            guard parts.count == 2, let longitude = Double(parts[0]), let latitude = Double(parts[1]) else { return nil }
            points.append(GeoPoint(latitude: latitude, longitude: longitude))
        }
        return points
    }

    /// A range read back from its columns.
    static func range(
        edgeID: Int64, side: String, preDirectional: String?, streetName: String, suffix: String?, postDirectional: String?,
        from: Int, to: Int, parity: String, zip: String?
    ) -> StreetRange? {
        guard let side = StreetSide(rawValue: side), let parity = HouseNumberParity(rawValue: parity) else { return nil }
        let street = ParsedAddress(preDirectional: preDirectional, streetName: streetName, suffix: suffix, postDirectional: postDirectional)
        return StreetRange(edgeID: edgeID, side: side, street: street, from: from, to: to, parity: parity, zip: zip)
    }
}
