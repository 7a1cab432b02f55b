/// The system, matching, geocoding and service-zone routes of the OpenAPI document.
extension OpenAPIDocument {
    static var systemPaths: [String: Any] {
        [
            "/healthz": [
                "get": operation("getHealth", "Liveness and readiness", tag: "system", response: ("200", response("The service is up", schema: "Health")), errors: ["503"], security: []),
            ],
            "/openapi.json": [
                "get": operation(
                    "getOpenAPIDocument", "This document", tag: "system",
                    response: ("200", ["description": "OpenAPI 3.1", "content": ["application/json": ["schema": ["type": "object"]]]]), errors: [], security: []
                ),
            ],
            "/metrics": [
                "get": {
                    var metrics = operation(
                        "getMetrics", "Prometheus metrics, for operators", tag: "system",
                        response: ("200", ["description": "Prometheus text exposition", "content": ["text/plain": ["schema": ["type": "string"]]]]),
                        errors: ["401", "403"], security: [["metricsToken": []]]
                    )
                    metrics["description"] = """
                        On the main port only with the operators' CURBSIDE_METRICS_TOKEN; a tenant's token gets 403. The \
                        metrics listener (CURBSIDE_METRICS_PORT, default 127.0.0.1:9464) serves the same text without a token.
                        """
                    return metrics
                }(),
            ],
            "/match-zone": [
                "post": operation(
                    "matchZone", "The service zone of one point", tag: "zones", body: "MatchRequest", parameters: [matchDetailParameter, asOfParameter],
                    response: ("200", response("The match", schema: "Match")), errors: ["400", "401", "422"]
                ),
            ],
            "/match-zone/batch": [
                "post": operation(
                    "matchZoneBatch", "The service zones of many points, in input order", tag: "zones",
                    bodyContent: ["application/json": ["schema": ref("BatchRequest")]],
                    parameters: [matchDetailParameter, asOfParameter],
                    response: ("200", [
                        "description": "One result per point, in order",
                        "content": [
                            "application/json": ["schema": ref("BatchResponse")],
                            "application/x-ndjson": ["schema": ["oneOf": [ref("BatchResult"), ref("LineError")]]],
                        ],
                    ]),
                    errors: ["400", "401", "422"],
                    description: """
                        Also takes `Content-Type: application/x-ndjson`: one MatchRequest per line, any number of lines, \
                        answered line by line in the same order as `application/x-ndjson` (a BatchResult per point, or a \
                        LineError naming the line that could not be read). Generated clients send the JSON form.
                        """
                ),
            ],
            "/geocode": [
                "get": operation(
                    "geocode", "Locate an address", tag: "geocoding",
                    parameters: [[
                        "name": "address", "in": "query", "required": true, "schema": OpenAPISchemas.address,
                        "example": "1100 Congress Ave, Austin, TX 78701",
                    ]],
                    response: ("200", response("The location", schema: "GeocodeResult")), errors: ["400", "401", "422", "502", "503"]
                ),
                "post": operation("geocodeByBody", "Locate an address", tag: "geocoding", body: "GeocodeRequest", response: ("200", response("The location", schema: "GeocodeResult")), errors: ["400", "401", "422", "502", "503"]),
            ],
            "/reverse-geocode": [
                "get": operation(
                    "reverseGeocode", "The address at a point", tag: "geocoding",
                    parameters: [
                        ["name": "lat", "in": "query", "required": true, "schema": ["type": "number", "minimum": -90, "maximum": 90], "example": 30.2747],
                        ["name": "lng", "in": "query", "required": true, "schema": ["type": "number", "minimum": -180, "maximum": 180], "example": -97.7404],
                    ],
                    response: ("200", response("The address", schema: "ReverseGeocodeResult")), errors: ["400", "401", "404", "422"],
                    description: """
                        From the offline data, whatever the forward geocoder: the nearest TIGER/Line address range within \
                        100 m (`precision: street`, the house number interpolated on the side of the street the point is on), \
                        else the nearest address point within 100 m (`rooftop`), else the ZIP code whose centroid is nearest \
                        (`postcode`, within 100 km); 404 when there is none.
                        """
                ),
            ],
        ]
    }

    /// `detail` of the match routes.
    static var matchDetailParameter: [String: Any] {
        [
            "name": "detail", "in": "query", "required": false, "schema": ["type": "boolean", "default": false],
            "description": """
                true (or 1): each answer also gives boundary_distance_m and, for zip and none answers to a point, the \
                nearest active zone (nearest_zone_id, nearest_zone_name, nearest_distance_m); false (or 0) and absent \
                answer without them. Anything else is 422.
                """,
        ]
    }

    /// The query parameters of a zone-file import.
    static var zoneImportParameters: [[String: Any]] {
        [
            ["name": "mode", "in": "query", "required": false, "schema": ["type": "string", "enum": ["upsert", "replace"], "default": "upsert"]],
            ["name": "repair", "in": "query", "required": false, "schema": ["type": "boolean", "default": false],
             "description": "Fix what repair fixes (open rings, short holes, invalid topology by GEOS MakeValid)"],
            ["name": "crs", "in": "query", "required": false, "schema": ["type": "string", "minLength": 1],
             "description": "The file's coordinate reference system (e.g. EPSG:2263), overriding the file's own", "example": "EPSG:2263"],
            ["name": "layer", "in": "query", "required": false, "schema": ["type": "string", "minLength": 1],
             "description": "The layer to read (GeoPackage, File Geodatabase, KML folder); by default the only one holding polygons"],
        ] + ["id", "name", "zip", "priority", "active"].map { field -> [String: Any] in
            ["name": "\(field)_field", "in": "query", "required": false, "schema": ["type": "string", "minLength": 1],
             "description": "The field holding the zone's \(field) (by default the usual names, in any case)"]
        }
    }

    static var zonePaths: [String: Any] {
        [
            "/api/service-zones": [
                "get": operation(
                    "listServiceZones", "The tenant's service zones", tag: "zones",
                    parameters: [[
                        "name": "format", "in": "query", "required": false,
                        "schema": ["type": "string", "enum": ["json", "geojson"], "default": "json"],
                        "description": "geojson: an RFC 7946 FeatureCollection (application/geo+json) that the import reads back unchanged",
                    ]],
                    response: ("200", [
                        "description": "Every zone, in definition order",
                        // One schema for both, so generated clients read either answer.
                        "content": [
                            "application/json": ["schema": ref("ServiceZoneListing")],
                            "application/geo+json": ["schema": ref("ServiceZoneListing")],
                        ],
                    ]),
                    errors: ["400", "401"]
                ),
                "post": operation("createServiceZone", "Create a service zone", tag: "zones", body: "ServiceZoneInput", response: ("201", response("The zone", schema: "ServiceZone")), errors: ["400", "401", "409", "422"]),
            ],
            "/api/service-zones/import": [
                "post": operation(
                    "importServiceZones", "Import a zone file, all or nothing", tag: "zones",
                    bodyContent: ["application/octet-stream": ["schema": ["type": "string", "format": "binary"]]],
                    parameters: zoneImportParameters,
                    response: ("200", response("What the import changed", schema: "ZoneImportResult")),
                    errors: ["400", "401", "403", "415", "422"],
                    description: """
                        The body is a zone file in any format `curbside zones import` reads (GeoJSON, GeoJSONSeq, a zipped \
                        Shapefile or File Geodatabase, GeoPackage, KML/KMZ, FlatGeobuf, CSV with a WKT column), told by its \
                        first bytes or by Content-Type (\(OpenAPISchemas.zoneFileMediaTypes.joined(separator: ", ")) \
                        or application/octet-stream); 422 when neither says, 415 for another Content-Type. \
                        Every feature is checked first: when any cannot be used, nothing is imported and the 422 lists the \
                        problems by feature (`error.problems`). mode=upsert (the default) inserts or replaces zones by id; \
                        mode=replace makes the file the tenant's whole zone set. Admin role.
                        """
                ),
            ],
            "/api/service-zones/coverage": [
                "get": operation(
                    "getZoneCoverage", "Overlaps, gaps and slivers of the active zones, and how the properties fall into them", tag: "zones",
                    response: ("200", response("The coverage report", schema: "CoverageReport")), errors: ["401"],
                    description: """
                        Overlaps between active zones (with the zone that wins by priority, then definition order), gaps                         (areas enclosed by the union of the active zones but in none of them) and slivers (overlaps or gaps                         under 1,000 m²), with geodesic areas; the tenant's active properties by zone match method and review                         reason; the active zones no property is assigned to. See docs/coverage.md.
                        """
                ),
            ],
            "/api/service-zones/{id}": [
                "parameters": idParameter(example: "sz_downtown_core"),
                "get": operation("getServiceZone", "One service zone", tag: "zones", response: ("200", response("The zone", schema: "ServiceZone")), errors: ["401", "404"]),
                "put": operation("replaceServiceZone", "Replace a service zone", tag: "zones", body: "ServiceZoneReplacement", response: ("200", response("The zone", schema: "ServiceZone")), errors: ["400", "401", "404", "422"]),
                "delete": operation("deleteServiceZone", "Delete a service zone", tag: "zones", parameters: idParameter(example: "sz_east_austin"), response: ("204", ["description": "Deleted"]), errors: ["401", "404"]),
            ],
        ]
    }
}
