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
                "title": "Curbside", "version": "0.2.0",
                "description": """
                    Zone matching and geocoding for field-service routes. Every operation but /healthz, /openapi.json and \
                    /metrics needs a bearer token (HS256 with the server's secret, or RS256/ES256 from the configured \
                    identity provider) whose tenant claim scopes the request and whose `role` claim (viewer, editor or \
                    admin; none means admin) says what it may do: each operation names the role it needs in \
                    `x-required-role`. A token whose role falls short gets 403 `forbidden`.
                    """,
            ],
            "security": [["bearer": [String]()]],
            "paths": withLinks(withAccess(systemPaths.merging(zonePaths) { $1 }.merging(customerPaths) { $1 }.merging(territoryPaths) { $1 }.merging(webhookPaths) { $1 })),
            "components": [
                "securitySchemes": [
                    "bearer": ["type": "http", "scheme": "bearer", "bearerFormat": "JWT", "description": "A tenant's token"],
                    "metricsToken": [
                        "type": "http", "scheme": "bearer",
                        "description": "The operators' CURBSIDE_METRICS_TOKEN (the metrics listener needs none)",
                    ],
                ],
                "schemas": OpenAPISchemas.all.merging(OpenAPISchemas.geoJSON) { $1 }.merging(OpenAPISchemas.customerSchemas) { $1 }
                    .merging(OpenAPISchemas.zoneFiles) { $1 }.merging(OpenAPISchemas.coverage) { $1 }.merging(OpenAPISchemas.territory) { $1 }.merging(OpenAPISchemas.webhooks) { $1 },
                "responses": ["Error": response("An error", schema: "Error")],
            ],
        ]
    }

    /// `paths` with the role each operation behind a tenant token needs (`AccessPolicy`): `x-required-role`, a
    /// sentence in the description, and the 403 it answers to a token without that role.
    static func withAccess(_ paths: [String: Any]) -> [String: Any] {
        var result = paths
        for (path, value) in paths {
            guard var item = value as? [String: Any] else { continue }
            for (method, value) in item {
                guard var operation = value as? [String: Any], let role = AccessPolicy.roles["\(method.uppercased()) \(path)"] else { continue }
                operation["x-required-role"] = role.rawValue
                let sentence = "Needs the `\(role.rawValue)` role (viewer < editor < admin)."
                operation["description"] = (operation["description"] as? String).map { "\($0)\n\n\(sentence)" } ?? sentence
                var responses = operation["responses"] as? [String: Any] ?? [:]
                responses["403"] = ["$ref": "#/components/responses/Error"]
                operation["responses"] = responses
                item[method] = operation
            }
            result[path] = item
        }
        return result
    }

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }

    static func response(_ description: String, schema: String) -> [String: Any] {
        ["description": description, "content": ["application/json": ["schema": ref(schema)]]]
    }

    /// A path parameter `id`, with an example that names a record of the demo tenant when there is one.
    static func idParameter(example: String? = nil) -> [[String: Any]] {
        var parameter: [String: Any] = ["name": "id", "in": "path", "required": true, "schema": ["type": "string", "minLength": 1]]
        parameter["example"] = example
        return [parameter]
    }

    static func operation(
        _ id: String, _ summary: String, tag: String, body: String? = nil, bodyContent: [String: Any]? = nil, parameters: [[String: Any]] = [],
        response: (String, [String: Any]), errors: [String] = ["401"], security: [[String: [String]]]? = nil, description: String? = nil
    ) -> [String: Any] {
        var responses: [String: Any] = [response.0: response.1]
        // Any body can be too large.
        let statuses = body != nil || bodyContent != nil ? errors + ["413"] : errors
        for status in statuses { responses[status] = ["$ref": "#/components/responses/Error"] }
        responses["500"] = ["$ref": "#/components/responses/Error"]
        var operation: [String: Any] = ["operationId": id, "summary": summary, "tags": [tag], "responses": responses]
        if let body {
            var mediaType: [String: Any] = ["schema": ref(body)]
            let examples = OpenAPISchemas.examples(of: body)
            if !examples.isEmpty {
                mediaType["examples"] = Dictionary(uniqueKeysWithValues: examples.enumerated().map { ("example\($0.offset + 1)", ["value": $0.element]) })
            }
            operation["requestBody"] = ["required": true, "content": ["application/json": mediaType]]
        }
        if let bodyContent { operation["requestBody"] = ["required": true, "content": bodyContent] }
        if !parameters.isEmpty { operation["parameters"] = parameters }
        if let security { operation["security"] = security }
        if let description { operation["description"] = description }
        return operation
    }
}
