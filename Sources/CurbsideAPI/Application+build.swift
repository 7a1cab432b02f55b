import Hummingbird
import Logging
import Synchronization

/// Where the server listens.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int

    public init(host: String = "127.0.0.1", port: Int = 8080) {
        self.host = host
        self.port = port
    }
}

/// The router with every route: `/healthz` open, everything else behind a bearer token.
public func buildRouter(services: CurbsideServices) -> Router<TenantRequestContext> {
    let router = Router(context: TenantRequestContext.self)
    let routeList = Mutex<[(method: HTTPRequest.Method, path: String)]>([])
    router.add(middleware: MetricsMiddleware(metrics: services.metrics))
    router.add(middleware: ErrorMiddleware(routes: { routeList.withLock { $0 } }))
    let system = SystemController(services: services)
    system.addPublicRoutes(to: router)
    let authenticated = router.group().add(middleware: AuthenticationMiddleware(authority: services.authority))
    authenticated.addRoutes(system.routes)
    authenticated.addRoutes(MatchZoneController(zones: services.zones, metrics: services.metrics).routes, atPath: "match-zone")
    authenticated.addRoutes(GeocodeController(geocoder: services.geocoder).routes, atPath: "geocode")
    authenticated.addRoutes(ServiceZoneController(store: services.zoneStore, registry: services.zones).routes, atPath: "api/service-zones")
    authenticated.addRoutes(CustomerController(service: services.customers).routes, atPath: "api/customers")
    authenticated.addRoutes(PropertyController(service: services.customers).routes, atPath: "api/properties")
    CatalogController(catalog: services.catalog, service: services.customers).addRoutes(to: authenticated)
    let described = router.routes.map { (method: $0.method, path: $0.path.description) }
    routeList.withLock { $0 = described }
    return router
}

/// The Curbside HTTP service.
public func buildApplication(_ configuration: ServerConfiguration, services: CurbsideServices, logger: Logger? = nil) -> some ApplicationProtocol {
    var logger = logger ?? Logger(label: "curbside")
    if logger.logLevel > .info { logger.logLevel = .info }
    return Application(
        router: buildRouter(services: services),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "curbside"),
        logger: logger
    )
}
