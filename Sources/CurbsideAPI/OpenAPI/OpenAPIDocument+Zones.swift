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
                "post": operation("matchZone", "The service zone of one point", tag: "zones", body: "MatchRequest", response: ("200", response("The match", schema: "Match")), errors: ["400", "401", "422"]),
            ],
            "/match-zone/batch": [
                "post": operation(
                    "matchZoneBatch", "The service zones of many points, in input order", tag: "zones",
                    bodyContent: ["application/json": ["schema": ref("BatchRequest")]],
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
        ]
    }

    static var zonePaths: [String: Any] {
        [
            "/api/service-zones": [
                "get": operation("listServiceZones", "The tenant's service zones", tag: "zones", response: ("200", response("Every zone, in definition order", schema: "ServiceZoneList"))),
                "post": operation("createServiceZone", "Create a service zone", tag: "zones", body: "ServiceZoneInput", response: ("201", response("The zone", schema: "ServiceZone")), errors: ["400", "401", "409", "422"]),
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
