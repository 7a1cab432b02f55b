import Customers
import Synchronization

/// A Stripe client that answers with a fixed customer id, or with `failure`, and keeps what it was asked.
final class RecordingStripe: StripeCustomerCreating {
    struct Request: Sendable, Equatable {
        var email: String
        var name: String
        var idempotencyKey: String
    }

    private let requests = Mutex<[Request]>([])
    let customerID: String
    let failure: OutboxDeliveryError?

    init(customerID: String = "cus_Stripe123", failure: OutboxDeliveryError? = nil) {
        self.customerID = customerID
        self.failure = failure
    }

    var received: [Request] { requests.withLock { $0 } }

    func createCustomer(email: String, name: String, idempotencyKey: String) async throws -> String {
        requests.withLock { $0.append(Request(email: email, name: name, idempotencyKey: idempotencyKey)) }
        if let failure { throw failure }
        return customerID
    }
}
