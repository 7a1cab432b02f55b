/// The OpenAPI links from an operation that creates a record to the operations that take its id.
extension OpenAPIDocument {
    /// Producer `operationId` → (its success status, the operations that take the created record's `id`).
    static let links: [String: (status: String, consumers: [String])] = [
        "createCustomer": ("201", [
            "getCustomer", "updateCustomer", "deleteCustomer", "restoreCustomer", "getCustomerHistory", "exportCustomer", "eraseCustomer",
            "listCustomerProperties", "createProperty",
        ]),
        "createProperty": ("201", ["updateProperty", "deactivateProperty"]),
        "createServiceZone": ("201", ["getServiceZone", "replaceServiceZone", "deleteServiceZone"]),
        "createRouteTemplate": ("201", ["listTemplateStops"]),
        "createZoneDraft": ("201", [
            "getZoneDraft", "deleteZoneDraft", "listZoneDraftZones", "createZoneDraftZone", "importZoneDraft", "getZoneDraftImpact", "publishZoneDraft",
        ]),
        "publishZoneDraft": ("201", ["getZoneVersion", "cancelZoneVersion"]),
        "createWebhook": ("201", ["getWebhook", "replaceWebhook", "deleteWebhook", "rotateWebhookSecret", "listWebhookDeliveries"]),
    ]

    /// `paths` with each producer's success response linking to its consumers.
    static func withLinks(_ paths: [String: Any]) -> [String: Any] {
        var result = paths
        for (path, value) in paths {
            guard var item = value as? [String: Any] else { continue }
            for (method, value) in item {
                guard var operation = value as? [String: Any], let id = operation["operationId"] as? String, let link = links[id],
                      var responses = operation["responses"] as? [String: Any], var success = responses[link.status] as? [String: Any]
                else { continue }
                var entries: [String: Any] = [:]
                for consumer in link.consumers {
                    entries[consumer] = ["operationId": consumer, "parameters": ["id": "$response.body#/id"]]
                }
                success["links"] = entries
                responses[link.status] = success
                operation["responses"] = responses
                item[method] = operation
            }
            result[path] = item
        }
        return result
    }
}
