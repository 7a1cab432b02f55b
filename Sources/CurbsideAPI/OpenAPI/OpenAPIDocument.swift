import Foundation

/// The OpenAPI 3.1 description of every route.
enum OpenAPIDocument {
    /// The document as JSON.
    static let json: Data = {
        (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
    }()

    static var document: [String: Any] {
        [
            "openapi": "3.1.0",
            "info": [
                "title": "Curbside", "version": "0.1.0",
                "description": "Zone matching and geocoding for field-service routes. Every route but /healthz needs an HS256 bearer token whose tenant_id claim scopes the request.",
            ],
            "security": [["bearer": [String]()]],
            "paths": paths.merging(customerPaths) { $1 },
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer", "bearerFormat": "JWT"]],
                "schemas": OpenAPISchemas.all.merging(OpenAPISchemas.customerSchemas) { $1 },
                "responses": [
                    "Error": response("An error", schema: "Error"),
                ],
            ],
        ]
    }

    static var paths: [String: Any] {
        [
            "/healthz": ["get": operation("Liveness", tag: "system", response: ("200", response("The service is up", schema: "Health")), secured: false)],
            "/metrics": ["get": operation("Prometheus metrics", tag: "system", response: ("200", ["description": "Prometheus text exposition", "content": ["text/plain": ["schema": ["type": "string"]]]]))],
            "/openapi.json": ["get": operation("This document", tag: "system", response: ("200", ["description": "OpenAPI 3.1", "content": ["application/json": ["schema": ["type": "object"]]]]))],
            "/match-zone": [
                "post": operation("The service zone of one point", tag: "zones", body: "MatchRequest", response: ("200", response("The match", schema: "Match")), errors: ["400", "401", "413", "422"]),
            ],
            "/match-zone/batch": [
                "post": operation(
                    "The service zones of many points, in input order", tag: "zones",
                    bodyContent: [
                        "application/json": ["schema": ref("BatchRequest")],
                        "application/x-ndjson": ["schema": ref("MatchRequest"), "description": "One point per line, unbounded"],
                    ],
                    response: ("200", [
                        "description": "One result per point, in order",
                        "content": [
                            "application/json": ["schema": ref("BatchResponse")],
                            "application/x-ndjson": ["schema": ["oneOf": [ref("BatchResult"), ref("LineError")]]],
                        ],
                    ]),
                    errors: ["400", "401", "413", "422"]
                ),
            ],
            "/geocode": [
                "get": operation(
                    "Locate an address", tag: "geocoding",
                    parameters: [["name": "address", "in": "query", "required": true, "schema": ["type": "string"]]],
                    response: ("200", response("The location", schema: "GeocodeResult")), errors: ["401", "422", "502", "503"]
                ),
                "post": operation("Locate an address", tag: "geocoding", body: "GeocodeRequest", response: ("200", response("The location", schema: "GeocodeResult")), errors: ["400", "401", "422", "502", "503"]),
            ],
            "/api/service-zones": [
                "get": operation("The tenant's service zones", tag: "zones", response: ("200", response("Every zone, in definition order", schema: "ServiceZoneList"))),
                "post": operation("Create a service zone", tag: "zones", body: "ServiceZoneInput", response: ("201", response("The zone", schema: "ServiceZone")), errors: ["400", "401", "409", "413", "422"]),
            ],
            "/api/service-zones/{id}": [
                "parameters": [["name": "id", "in": "path", "required": true, "schema": ["type": "string"]]],
                "get": operation("One service zone", tag: "zones", response: ("200", response("The zone", schema: "ServiceZone")), errors: ["401", "404"]),
                "put": operation("Replace a service zone", tag: "zones", body: "ServiceZoneInput", response: ("200", response("The zone", schema: "ServiceZone")), errors: ["400", "401", "404", "413", "422"]),
                "delete": operation("Delete a service zone", tag: "zones", response: ("204", ["description": "Deleted"]), errors: ["401", "404"]),
            ],
        ]
    }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    static func response(_ description: String, schema: String) -> [String: Any] {
        ["description": description, "content": ["application/json": ["schema": ref(schema)]]]
    }

    static func operation(
        _ summary: String, tag: String, body: String? = nil, bodyContent: [String: Any]? = nil, parameters: [[String: Any]] = [],
        response: (String, [String: Any]), errors: [String] = ["401"], secured: Bool = true
    ) -> [String: Any] {
        var responses: [String: Any] = [response.0: response.1]
        // Any body can be too large.
        let statuses = body != nil || bodyContent != nil ? errors + ["413"] : errors
        for status in statuses { responses[status] = ["$ref": "#/components/responses/Error"] }
        responses["500"] = ["$ref": "#/components/responses/Error"]
        var operation: [String: Any] = ["summary": summary, "tags": [tag], "responses": responses]
        if let body { operation["requestBody"] = ["required": true, "content": ["application/json": ["schema": ref(body)]]] }
        if let bodyContent { operation["requestBody"] = ["required": true, "content": bodyContent] }
        if !parameters.isEmpty { operation["parameters"] = parameters }
        if !secured { operation["security"] = [[String: Any]]() }
        return operation
    }
}
