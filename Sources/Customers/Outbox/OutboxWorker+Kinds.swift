import Foundation

/// Delivery of each kind of event. Each either records its effect and the delivery in one transaction, marks the
/// event delivered with a note when there is nothing (left) to do, or throws so the event is retried.
extension OutboxWorker {
    /// Sends the welcome e-mail, then records it in communications together with the delivery.
    func sendWelcome(_ event: OutboxEvent) async throws {
        guard let customer = try await repository.customer(id: event.subjectID, tenant: event.tenantID), customer.deletedAt == nil else {
            return try await skip(event, note: "customer deleted")
        }
        guard let message = OutgoingEmail.welcome(customer) else {
            return try await skip(event, note: "customer has no e-mail address")
        }
        try await email.send(message, idempotencyKey: event.idempotencyKey)
        try await repository.recordCommunication(message, customerID: customer.id, delivering: event, at: now())
    }

    /// Creates the Stripe customer, then stores its id together with the delivery.
    func createStripeCustomer(_ event: OutboxEvent) async throws {
        guard let stripe else { return try await skip(event, note: "stripe not configured") }
        guard let customer = try await repository.customer(id: event.subjectID, tenant: event.tenantID), customer.deletedAt == nil else {
            return try await skip(event, note: "customer deleted")
        }
        if customer.stripeCustomerID != nil { return try await skip(event, note: "customer already has a Stripe customer") }
        guard let address = customer.email else { return try await skip(event, note: "customer has no e-mail address") }
        let stripeID = try await stripe.createCustomer(email: address, name: customer.name, idempotencyKey: event.idempotencyKey)
        try await repository.setStripeCustomerID(
            customerID: customer.id, tenant: event.tenantID, stripeID: stripeID, delivering: event, at: now()
        )
    }

    /// Geocodes the property's (or customer's) address and zone-matches the point; a geocoder still down throws, so
    /// the record stays `pending` and the event is retried.
    func geocode(_ event: OutboxEvent) async throws {
        let address: String?, status: GeocodeStatus?
        if let property = try await repository.property(id: event.subjectID, tenant: event.tenantID) {
            (address, status) = (property.address, property.geocodeStatus)
        } else if let customer = try await repository.customer(id: event.subjectID, tenant: event.tenantID) {
            (address, status) = (customer.address, customer.geocodeStatus)
        } else {
            return try await skip(event, note: "no property or customer \(event.subjectID)")
        }
        guard status == .pending, let address else { return try await skip(event, note: "no longer pending") }
        let placement: Placement
        do {
            placement = try await placer.place(address: address, lat: nil, lng: nil, zoneID: nil, tenant: event.tenantID)
        } catch {
            // Saved addresses were parsed when saved; one that no longer parses cannot be found either.
            placement = Placement(status: .notFound)
        }
        if placement.status == .pending { throw OutboxDeliveryError.retryable("geocoder unavailable") }
        let geocoded = GeocodedPlacement(
            tenantID: event.tenantID, subjectID: event.subjectID, address: address, lat: placement.lat, lng: placement.lng,
            status: placement.status, zoneID: placement.zoneID, quality: placement.quality, review: AssignmentReview(zones: placer.zones)
        )
        try await repository.applyPlacement(geocoded, delivering: event, at: now())
    }

    /// Queues the event for the tenant's subscriptions that receive its type, marking it delivered in the same
    /// transaction.
    func fanOut(_ event: OutboxEvent) async throws {
        guard let webhooks, let type = WebhookEventType.type(of: event.kind) else {
            return try await skip(event, note: "no subscriber for \(event.kind.rawValue) events")
        }
        _ = try await webhooks.fanOut(event, type: type, body: WebhookBody.text(for: event, type: type), at: now())
    }

    /// Marks the event delivered with `note` when there is nothing to do.
    func skip(_ event: OutboxEvent, note: String) async throws {
        try await repository.markDelivered(id: event.id, tenant: event.tenantID, at: now(), note: note)
    }
}
