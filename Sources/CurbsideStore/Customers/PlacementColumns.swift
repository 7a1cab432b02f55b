import Customers

/// The columns an assignment refresh reads, in both stores.
enum PlacementColumns {
    static let select = """
        id, lat, lng, geocode_status, service_zone_id, geocode_precision, geocode_source, geocode_confidence, zone_match_method,
        boundary_distance_m, assignment, assignment_reasons
        """

    /// The table of `kind`'s records.
    static func table(_ kind: PlacedKind) -> String {
        switch kind {
        case .property: "properties"
        case .customer: "customers"
        }
    }

    static let awaitingTenants = """
        SELECT tenant_id FROM properties WHERE assignment IS NULL
        UNION SELECT tenant_id FROM customers WHERE assignment IS NULL ORDER BY 1
        """

    /// The record a row of `select` describes.
    static func record(id: String, lat: Double?, lng: Double?, status: String?, zoneID: String?, quality: PlacementQualityColumns) -> StoredPlacement {
        StoredPlacement(id: id, subject: AssignmentReview.Subject(
            lat: lat, lng: lng, status: status.flatMap(GeocodeStatus.init), zoneID: zoneID, quality: quality.quality
        ))
    }
}
