import Customers

/// The webhook schemas of the OpenAPI document.
extension OpenAPISchemas {
    static var webhooks: [String: Any] {
        let dateTime: [String: Any] = ["type": "string", "format": "date-time"]
        let types: [String: Any] = ["type": "array", "minItems": 1, "items": ["type": "string", "enum": WebhookEventType.all + ["*"]]]
        return [
            "WebhookInput": input([
                "url": [
                    "type": "string", "maxLength": 2_048,
                    "pattern": WebhookURLPolicy.syntax,
                    "description": """
                        https, or plain http to a loopback host (anywhere with CURBSIDE_WEBHOOKS_ALLOW_HTTP=1); link-local and                         cloud-metadata hosts are refused (422)
                        """,
                ],
                "events": types, "description": string,
            ], required: ["url", "events"], example: ["url": "https://billing.example.com/curbside", "events": ["property.rezoned", "zone_set.published"]]),
            "Webhook": object([
                "id": string, "url": string, "events": ["type": "array", "items": string], "description": string,
                "status": ["type": "string", "enum": WebhookSubscription.Status.allCases.map(\.rawValue)],
                "consecutive_failures": ["type": "integer", "minimum": 0],
                "secret": ["type": "string", "description": "Only when made or rotated"],
                "created_at": dateTime, "updated_at": dateTime,
            ], required: ["id", "url", "events", "status", "consecutive_failures", "created_at", "updated_at"]),
            "WebhookList": object(["data": ["type": "array", "items": ref("Webhook")], "total": ["type": "integer", "minimum": 0]], required: ["data", "total"]),
            "WebhookDelivery": object([
                "id": string, "event_id": string, "event_type": string, "subject_id": string,
                "status": ["type": "string", "enum": WebhookDelivery.Status.allCases.map(\.rawValue)],
                "attempts": ["type": "integer", "minimum": 0], "next_attempt_at": dateTime, "last_status_code": ["type": "integer"],
                "last_error": string, "created_at": dateTime, "delivered_at": dateTime,
            ], required: ["id", "event_id", "event_type", "subject_id", "status", "attempts", "created_at"]),
            "WebhookDeliveryList": object(["data": ["type": "array", "items": ref("WebhookDelivery")], "total": ["type": "integer", "minimum": 0]],
                                          required: ["data", "total"]),
        ]
    }
}
