import Customers
import Foundation
import Hummingbird

/// `/api/webhooks…` for the token's tenant: subscriptions, their secrets and their delivery logs (admin role).
struct WebhookController {
    let service: WebhookService

    var routes: RouteCollection<TenantRequestContext> {
        let routes = RouteCollection(context: TenantRequestContext.self)
        routes.get(use: list)
        routes.post(use: create)
        routes.get("{id}", use: show)
        routes.put("{id}", use: replace)
        routes.delete("{id}", use: delete)
        routes.post("{id}/rotate-secret", use: rotate)
        routes.get("{id}/deliveries", use: deliveries)
        routes.post("{id}/deliveries/{delivery_id}/retry", use: retry)
        return routes
    }

    struct Input: Decodable {
        var url: String?
        var events: [String]?
        var description: String?

        var input: WebhookService.Input { WebhookService.Input(url: url, events: events, description: description) }
    }

    struct ListBody: Encodable {
        var data: [WebhookBody]
        var total: Int
    }

    struct DeliveryList: Encodable {
        var data: [WebhookDeliveryBody]
        var total: Int
    }

    @Sendable func list(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let subscriptions = try await service.subscriptions(tenant: try context.requireTenant())
        return try JSONBody.response(ListBody(data: subscriptions.map { WebhookBody($0) }, total: subscriptions.count))
    }

    @Sendable func create(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let input = try await JSONBody.decode(Input.self, from: request, context: context)
        let subscription = try await service.create(input.input, tenant: try context.requireTenant())
        return try JSONBody.response(
            WebhookBody(subscription, showingSecret: true), status: .created, headers: [.location: "/api/webhooks/\(subscription.id)"]
        )
    }

    @Sendable func show(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try JSONBody.response(WebhookBody(try await service.subscription(id: try context.parameters.require("id"), tenant: try context.requireTenant())))
    }

    @Sendable func replace(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let input = try await JSONBody.decode(Input.self, from: request, context: context)
        let subscription = try await service.replace(id: try context.parameters.require("id"), with: input.input, tenant: try context.requireTenant())
        return try JSONBody.response(WebhookBody(subscription))
    }

    @Sendable func delete(_ request: Request, context: TenantRequestContext) async throws -> Response {
        try await service.delete(id: try context.parameters.require("id"), tenant: try context.requireTenant())
        return Response(status: .noContent)
    }

    @Sendable func rotate(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let subscription = try await service.rotateSecret(id: try context.parameters.require("id"), tenant: try context.requireTenant())
        return try JSONBody.response(WebhookBody(subscription, showingSecret: true))
    }

    @Sendable func deliveries(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let query = FormQuery(request)
        var status: WebhookDelivery.Status?
        if let text = query["status"] {
            guard let value = WebhookDelivery.Status(rawValue: text) else { throw APIError.badQuery("status must be pending, delivered or parked") }
            status = value
        }
        let limit = try CustomerController.integer(query["limit"], name: "limit", range: 1...1_000) ?? 100
        let deliveries = try await service.deliveries(
            webhookID: try context.parameters.require("id"), status: status, limit: limit, tenant: try context.requireTenant()
        )
        return try JSONBody.response(DeliveryList(data: deliveries.map(WebhookDeliveryBody.init), total: deliveries.count))
    }

    @Sendable func retry(_ request: Request, context: TenantRequestContext) async throws -> Response {
        let delivery = try await service.retry(
            deliveryID: try context.parameters.require("delivery_id"), webhookID: try context.parameters.require("id"),
            tenant: try context.requireTenant()
        )
        return try JSONBody.response(WebhookDeliveryBody(delivery))
    }
}

/// A subscription as the API shows it; the secret only when made or rotated.
struct WebhookBody: Encodable {
    var id: String
    var url: String
    var events: [String]
    var description: String?
    var status: String
    var consecutiveFailures: Int
    var secret: String?
    var createdAt: Date
    var updatedAt: Date

    init(_ subscription: WebhookSubscription, showingSecret: Bool = false) {
        id = subscription.id
        url = subscription.url
        events = subscription.events
        description = subscription.description
        status = subscription.status.rawValue
        consecutiveFailures = subscription.consecutiveFailures
        secret = showingSecret ? subscription.secret : nil
        createdAt = subscription.createdAt
        updatedAt = subscription.updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, url, events, description, status, consecutiveFailures = "consecutive_failures", secret
        case createdAt = "created_at", updatedAt = "updated_at"
    }
}

/// One delivery as the log shows it.
struct WebhookDeliveryBody: Encodable {
    var id: String
    var eventID: String
    var eventType: String
    var subjectID: String
    var status: String
    var attempts: Int
    var nextAttemptAt: Date?
    var lastStatusCode: Int?
    var lastError: String?
    var createdAt: Date
    var deliveredAt: Date?

    init(_ delivery: WebhookDelivery) {
        id = delivery.id
        eventID = delivery.eventID
        eventType = delivery.eventType
        subjectID = delivery.subjectID
        status = delivery.status.rawValue
        attempts = delivery.attempts
        nextAttemptAt = delivery.status == .pending ? delivery.nextAttemptAt : nil
        lastStatusCode = delivery.lastStatusCode
        lastError = delivery.lastError
        createdAt = delivery.createdAt
        deliveredAt = delivery.deliveredAt
    }

    enum CodingKeys: String, CodingKey {
        case id, eventID = "event_id", eventType = "event_type", subjectID = "subject_id", status, attempts
        case nextAttemptAt = "next_attempt_at", lastStatusCode = "last_status_code", lastError = "last_error"
        case createdAt = "created_at", deliveredAt = "delivered_at"
    }
}
