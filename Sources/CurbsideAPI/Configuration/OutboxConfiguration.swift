import Customers
import Integrations

/// Where outbox events go: the e-mail sender and the Stripe client.
public struct OutboxConfiguration: Sendable {
    /// `CURBSIDE_STRIPE_SECRET_KEY`; without it no Stripe customers are created.
    public var stripeSecretKey: String?
    /// `CURBSIDE_STRIPE_URL`, default the Stripe API.
    public var stripeBaseURL = StripeClient.defaultBaseURL
    /// `CURBSIDE_EMAIL_WEBHOOK_URL`; without it e-mails are logged on standard error.
    public var emailWebhookURL: String?
    /// `CURBSIDE_OUTBOX_LEASE_SECONDS`, default 300: how long a replica's claim on due events (and on webhook
    /// deliveries) keeps them from the other replicas (and, after a crash, how long they wait).
    public var claimLease: Duration = .seconds(300)
    /// `CURBSIDE_WEBHOOKS_ALLOW_HTTP=1`: subscriptions may name plain `http` endpoints on any host (else only on
    /// loopback hosts).
    public var webhooksAllowHTTP = false

    /// No Stripe, e-mails logged, a five-minute lease.
    public init() {}

    /// The defaults, overridden by what `environment` sets.
    init(environment: [String: String]) {
        stripeSecretKey = environment["CURBSIDE_STRIPE_SECRET_KEY"].flatMap { $0.isEmpty ? nil : $0 }
        stripeBaseURL = environment["CURBSIDE_STRIPE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? StripeClient.defaultBaseURL
        emailWebhookURL = environment["CURBSIDE_EMAIL_WEBHOOK_URL"].flatMap { $0.isEmpty ? nil : $0 }
        let lease = environment["CURBSIDE_OUTBOX_LEASE_SECONDS"].flatMap(Double.init).flatMap { $0 > 0 && $0 <= 86_400 ? $0 : nil }
        claimLease = .milliseconds(Int((lease ?? 300) * 1000))
        webhooksAllowHTTP = environment["CURBSIDE_WEBHOOKS_ALLOW_HTTP"] == "1"
    }

    /// Whether new customers with an e-mail get a Stripe customer.
    public var stripeEnabled: Bool { stripeSecretKey != nil }

    /// The worker delivering the outbox of `services`' storage.
    func worker(for services: CurbsideServices) -> OutboxWorker {
        let email: any EmailSending = emailWebhookURL.map { WebhookEmailSender(url: $0) } ?? LoggingEmailSender()
        var worker = OutboxWorker(
            repository: services.storage.outbox, email: email,
            stripe: stripeSecretKey.map { StripeClient(secretKey: $0, baseURL: stripeBaseURL) },
            locator: GeocoderLocator(geocoder: services.geocoder), zones: services.zones, claimLease: claimLease
        )
        worker.territory = services.territory
        worker.webhooks = services.storage.webhooks
        return worker
    }
}
