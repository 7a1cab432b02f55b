import ZoneFormats

/// The zone-file import's answer and problems, and the GeoJSON export, in the OpenAPI document.
extension OpenAPISchemas {
    static var zoneFiles: [String: Any] {
        let issue = object([
            "feature_index": ["type": "integer", "minimum": 0], "feature_id": nullableString, "message": string,
        ], required: ["feature_index", "feature_id", "message"])
        return [
            "ZoneFileIssue": issue,
            "ZoneFileProblem": ["allOf": [issue, object(["repairable": ["type": "boolean"]], required: ["repairable"])]],
            "ZoneImportResult": object([
                "mode": ["type": "string", "enum": ["upsert", "replace"]],
                "zones": ["type": "integer", "minimum": 1], "inserted": ["type": "integer", "minimum": 0],
                "updated": ["type": "integer", "minimum": 0], "deleted": ["type": "integer", "minimum": 0],
                "repairs": ["type": "array", "items": ref("ZoneFileIssue")], "notes": ["type": "array", "items": ref("ZoneFileIssue")],
            ], required: ["mode", "zones", "inserted", "updated", "deleted", "repairs", "notes"]),
            "ServiceZoneListing": [
                "oneOf": [ref("ServiceZoneList"), ref("ZoneFeatureCollection")],
                "description": "ServiceZoneList by default; ZoneFeatureCollection (application/geo+json) with format=geojson",
            ],
            "ZoneFeatureCollection": object([
                "type": ["type": "string", "enum": ["FeatureCollection"]],
                "features": ["type": "array", "items": object([
                    "type": ["type": "string", "enum": ["Feature"]], "id": string,
                    "properties": object([
                        "id": string, "name": string, "zip_codes": ["type": "array", "items": string],
                        "priority": ["type": "integer"], "is_active": ["type": "boolean"],
                    ], required: ["id", "name", "zip_codes", "priority", "is_active"]),
                    "geometry": ref("Geometry"),
                ], required: ["type", "id", "properties", "geometry"])],
            ], required: ["type", "features"]),
        ]
    }

    /// The media types `POST /api/service-zones/import` reads, besides plain bytes.
    static var zoneFileMediaTypes: [String] { ZoneFileReader.mediaTypes }
}
