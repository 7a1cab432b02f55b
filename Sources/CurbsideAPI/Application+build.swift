import CurbsideStore
import Customers
import Geocoding
import Integrations
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// The router with every route: `/healthz`, `/openapi.json` and `/metrics` (operators) without a tenant token,
/// everything else behind one, with the role `AccessPolicy` names.
public func buildRouter(services: CurbsideServices) -> Router<TenantRequestContext> {
    let router = Router(context: TenantRequestContext.self)
    let routeTable = Mutex(RouteTable())
    router.add(middleware: MetricsMiddleware(metrics: services.metrics))
    router.add(middleware: ErrorMiddleware(routes: { routeTable.withLock { $0 } }))
    let system = SystemController(services: services)
    system.addRoutes(to: router)
    let authenticated = router.group().add(middleware: AuthenticationMiddleware(authority: services.authority))
    authenticated.addRoutes(MatchZoneController(zones: services.zones, metrics: services.metrics).routes, atPath: "match-zone")
    authenticated.addRoutes(GeocodeController(geocoder: services.geocoder).routes, atPath: "geocode")
    authenticated.addRoutes(ReverseGeocodeController(geocoder: services.reverseGeocoder).routes, atPath: "reverse-geocode")
    authenticated.addRoutes(ServiceZoneController(service: services.zoneService, coverage: services.coverage).routes, atPath: "api/service-zones")
    authenticated.addRoutes(ZoneDraftController(territory: services.territory).routes, atPath: "api/zone-drafts")
    authenticated.addRoutes(ZoneVersionController(zones: services.zoneService, territory: services.territory).routes, atPath: "api/zone-versions")
    authenticated.addRoutes(WebhookController(service: services.webhooks).routes, atPath: "api/webhooks")
    authenticated.addRoutes(CustomerController(service: services.customers).routes, atPath: "api/customers")
    authenticated.addRoutes(PropertyController(service: services.customers, territory: services.territory).routes, atPath: "api/properties")
    CatalogController(service: services.catalog).addRoutes(to: authenticated)
    let described = router.routes.map { (method: $0.method, path: $0.path.description) }
    routeTable.withLock { $0 = RouteTable(described) }
    return router
}

/// The Curbside HTTP service over `services`; `background` services run in the application's service group,
/// started with it and shut down after the server (in reverse order).
public func buildApplication(
    _ server: ServerConfiguration, services: CurbsideServices, background: [any Service] = [], logger: Logger? = nil
) -> Application<RouterResponder<TenantRequestContext>> {
    var logger = logger ?? Logger.server()
    if logger.logLevel > .info { logger.logLevel = .info }
    return Application(
        router: buildRouter(services: services),
        configuration: .init(address: .hostname(server.host, port: server.port), serverName: "curbside"),
        services: background,
        logger: logger
    )
}

/// The Curbside server `configuration` describes: its database (run, checked and migrated as the application
/// starts), geocoder, token keys (an identity provider's read as it starts), zone indexes, the zone watcher (and,
/// on PostgreSQL, the zone listener), the outbox worker and the metrics listener, all run by the application's service group. `ready` runs once the database is prepared and the zones are loaded, before the server listens;
/// `log` takes the background work's problems.
public func buildApplication(
    configuration: CurbsideConfiguration, logger: Logger? = nil, log: @escaping @Sendable (String) -> Void = { _ in },
    ready: @escaping @Sendable (CurbsideServices) async throws -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let database = configuration.database
    let secret = try configuration.resolveSecret()
    let storage = try StorageLocation.make(database.location, connections: database.connections)
    let streets = StreetRangeLibrary()
    let geocoder = Geocoder(
        provider: try configuration.geocoder.makeProvider(streets: streets), cache: GeocodeCache(store: try storage.geocodeCache)
    )
    let authority = try await TokenAuthority(secret: secret?.value, identityProvider: configuration.identityProvider)
    var services = CurbsideServices(
        wiring: storage, geocoder: geocoder, streets: streets, authority: authority, metrics: APIMetrics(),
        stripeEnabled: configuration.outbox.stripeEnabled
    )
    services.metricsToken = configuration.metrics.token
    services.webhooks = WebhookService(repository: storage.webhooks, policy: WebhookURLPolicy(allowHTTP: configuration.outbox.webhooksAllowHTTP))
    let wired = services
    let started = StartupGate()
    let zoneWatch = configuration.zoneWatch
    let zoneFeed = try zoneWatch.feed(for: database)
    var background: [any Service] = [
        StorageService(storage: storage, log: log),
        ZoneWatcherService(
            registry: services.zones, interval: zoneWatch.pollInterval,
            listeningInterval: zoneFeed == nil ? nil : zoneWatch.listeningPollInterval, started: started
        ),
        OutboxService(worker: configuration.outbox.worker(for: services), interval: configuration.outboxInterval, started: started),
        WebhookDeliveryService(
            worker: WebhookWorker(repository: storage.webhooks, sender: HTTPWebhookSender(), lease: configuration.outbox.claimLease),
            interval: configuration.outboxInterval, started: started
        ),
        StreetRangeWatcherService(
            library: streets, store: storage.streetRanges, geocoder: geocoder, interval: configuration.geocoder.streetRangePollInterval, started: started, log: log
        ),
    ]
    if let zoneFeed {
        background.append(ZoneListenerService(registry: services.zones, feed: zoneFeed, started: started, log: log))
    }
    let logger = logger ?? Logger.server()
    if let address = configuration.metrics.listener {
        background.append(MetricsListener(address: address, services: services, logger: logger, log: log))
    }
    var app = buildApplication(configuration.server, services: services, background: background, logger: logger)
    app.beforeServerStarts {
        try await authority.prepare()
        try await storage.prepare()
        try await wired.zones.loadAll()
        try await streets.refresh(from: storage.streetRanges)
        try await ready(wired)
        started.open()
    }
    return app
}
