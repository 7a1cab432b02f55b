import Customers

/// The coverage report of `GET /api/service-zones/coverage` in the OpenAPI document.
extension OpenAPISchemas {
    static var coverage: [String: Any] {
        let area: [String: Any] = ["type": "number", "minimum": 0, "description": "Geodesic area on the WGS84 ellipsoid, m²"]
        let position = object(["lat": ["type": "number"], "lng": ["type": "number"]], required: ["lat", "lng"])
        let pair: [String: Any] = ["type": "array", "items": string, "minItems": 2, "maxItems": 2]
        let counts: (_ keys: [String]) -> [String: Any] = { keys in
            object(Dictionary(uniqueKeysWithValues: keys.map { ($0, ["type": "integer", "minimum": 0] as [String: Any]) }), required: keys)
        }
        return [
            "CoverageReport": object([
                "zones": ["type": "integer", "minimum": 0, "description": "Active zones"],
                "overlaps": ["type": "array", "items": ref("CoverageOverlap")],
                "gaps": ["type": "array", "items": ref("CoverageGap")],
                "slivers": ["type": "array", "items": ref("CoverageSliver"), "description": "Overlaps and gaps under 1,000 m²"],
                "properties": object([
                    "total": ["type": "integer", "minimum": 0],
                    "by_method": counts(ZoneMatchMethod.allCases.map(\.rawValue)),
                    "review": ["type": "integer", "minimum": 0],
                    "by_reason": counts(AssignmentReason.allCases.map(\.rawValue)),
                ], required: ["total", "by_method", "review", "by_reason"]),
                "zones_without_properties": ["type": "array", "items": string, "description": "Active zones no property is assigned to"],
            ], required: ["zones", "overlaps", "gaps", "slivers", "properties", "zones_without_properties"]),
            "CoverageOverlap": object(
                ["zone_ids": pair, "area_m2": area, "winner": string, "centroid": position],
                required: ["zone_ids", "area_m2", "winner", "centroid"]
            ),
            "CoverageGap": object(["area_m2": area, "centroid": position], required: ["area_m2", "centroid"]),
            "CoverageSliver": object([
                "kind": ["type": "string", "enum": ["overlap", "gap"]], "area_m2": area, "centroid": position,
                "zone_ids": pair.merging(["description": "Overlaps only"]) { $1 }, "winner": string.merging(["description": "Overlaps only"]) { $1 },
            ], required: ["kind", "area_m2", "centroid"]),
        ]
    }
}
