import Customers

/// The placement fields of a property or customer body: how it was placed and how far its zone can be trusted.
enum PlacementQualityJSON {
    enum CodingKeys: String, CodingKey {
        case geocodePrecision = "geocode_precision", geocodeSource = "geocode_source", geocodeConfidence = "geocode_confidence"
        case zoneMatchMethod = "zone_match_method", boundaryDistance = "boundary_distance_m", assignment
        case assignmentReasons = "assignment_reasons"
    }

    /// Adds the fields to the body `encoder` writes (every key present, null when unknown).
    static func encode(_ quality: PlacementQuality, to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(quality.precision, forKey: .geocodePrecision)
        try container.encode(quality.source, forKey: .geocodeSource)
        try container.encode(quality.confidence, forKey: .geocodeConfidence)
        try container.encode(quality.method, forKey: .zoneMatchMethod)
        try container.encode(quality.boundaryDistance.map { ($0 * 10).rounded() / 10 }, forKey: .boundaryDistance)
        try container.encode(quality.assignment, forKey: .assignment)
        try container.encode(quality.reasons, forKey: .assignmentReasons)
    }
}
