/// The webhook routes of the OpenAPI document.
extension OpenAPIDocument {
    static var webhookPaths: [String: Any] {
        let id = [draftParameter(example: "wh_k3v9q0m2x8a1b7c4")]
        return [
            "/api/webhooks": [
                "get": operation("listWebhooks", "The tenant's webhook subscriptions", tag: "webhooks",
                                 response: ("200", response("Every subscription (without secrets)", schema: "WebhookList"))),
                "post": operation(
                    "createWebhook", "Subscribe an endpoint to events", tag: "webhooks", body: "WebhookInput",
                    response: ("201", response("The subscription, with its secret (shown this once)", schema: "Webhook")), errors: ["400", "401", "422"],
                    description: """
                        The URL must be https (plain http only to a loopback host, or anywhere with CURBSIDE_WEBHOOKS_ALLOW_HTTP=1); \
                        link-local and cloud-metadata addresses are refused, also when a host name resolves to one at delivery. \
                        Each event is POSTed as `{"id","type","created_at","data"}` with `Curbside-Event-Id` and \
                        `Curbside-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">` (see docs/webhooks.md).
                        """
                ),
            ],
            "/api/webhooks/{id}": [
                "parameters": id,
                "get": operation("getWebhook", "One subscription", tag: "webhooks", response: ("200", response("The subscription", schema: "Webhook")), errors: ["401", "404"]),
                "put": operation("replaceWebhook", "Replace a subscription (and enable it again)", tag: "webhooks", body: "WebhookInput",
                                 response: ("200", response("The subscription", schema: "Webhook")), errors: ["400", "401", "404", "422"]),
                "delete": operation("deleteWebhook", "Remove a subscription and its deliveries", tag: "webhooks",
                                    response: ("204", ["description": "Deleted"]), errors: ["401", "404"]),
            ],
            "/api/webhooks/{id}/rotate-secret": [
                "parameters": id,
                "post": operation("rotateWebhookSecret", "A new signing secret", tag: "webhooks",
                                  response: ("200", response("The subscription, with its new secret (shown this once)", schema: "Webhook")), errors: ["401", "404"]),
            ],
            "/api/webhooks/{id}/deliveries": [
                "parameters": id,
                "get": operation(
                    "listWebhookDeliveries", "The subscription's deliveries, newest first", tag: "webhooks",
                    parameters: [
                        ["name": "status", "in": "query", "required": false, "schema": ["type": "string", "enum": ["pending", "delivered", "parked"]]],
                        ["name": "limit", "in": "query", "required": false, "schema": ["type": "integer", "minimum": 1, "maximum": 1_000, "default": 100]],
                    ],
                    response: ("200", response("The deliveries", schema: "WebhookDeliveryList")), errors: ["400", "401", "404"]
                ),
            ],
            "/api/webhooks/{id}/deliveries/{delivery_id}/retry": [
                "parameters": id + [draftParameter("delivery_id", example: "whd_k3v9q0m2x8a1b7c4")],
                "post": operation("retryWebhookDelivery", "Queue a delivery again, due now", tag: "webhooks",
                                  response: ("200", response("The delivery", schema: "WebhookDelivery")), errors: ["401", "404"]),
            ],
        ]
    }
}
