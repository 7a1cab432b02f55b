import CurbsideStore
import Customers
import Geocoding
import Logging
import Zones

/// Everything the routes need: the storage, the zone and customer services, the geocoder, the token authority and
/// metrics.
public struct CurbsideServices: Sendable {
    public let storage: any CurbsideStorage
    public let zones: ZoneIndexRegistry
    public let zoneService: ZoneService
    public let geocoder: Geocoder
    /// The street ranges (TIGER/Line) the offline geocoder and reverse geocoding answer from.
    public let streets: StreetRangeLibrary
    /// Reverse geocoding, always from the offline data (street ranges, address points, the ZIP gazetteer).
    public let reverseGeocoder: OfflineGeocoder
    public let authority: TokenAuthority
    public let metrics: APIMetrics
    public let customers: CustomerService
    public let catalog: CatalogService
    /// The coverage report of a tenant's zones and properties.
    public let coverage: ZoneCoverageService
    /// Zone drafts, previews, publishing and versions.
    public let territory: TerritoryService
    /// Webhook subscriptions and their delivery logs.
    public var webhooks: WebhookService
    /// The bearer token that reads `/metrics` on the main port (`CURBSIDE_METRICS_TOKEN`); nil: only the metrics
    /// listener serves them.
    public var metricsToken: String?

    /// Wires the services over `storage` and loads every tenant's zone index.
    public init(
        storage: any CurbsideStorage, geocoder: Geocoder, streets: StreetRangeLibrary = StreetRangeLibrary(), authority: TokenAuthority,
        metrics: APIMetrics = APIMetrics(), stripeEnabled: Bool = false
    ) async throws {
        self.init(wiring: storage, geocoder: geocoder, streets: streets, authority: authority, metrics: metrics, stripeEnabled: stripeEnabled)
        try await zones.loadAll()
        try await customers.refreshAllAssignments(zoneTenants: zones.all.keys)
        try await streets.refresh(from: storage.streetRanges)
    }

    /// Wires the services over `storage`, loading nothing yet.
    init(
        wiring storage: any CurbsideStorage, geocoder: Geocoder, streets: StreetRangeLibrary, authority: TokenAuthority, metrics: APIMetrics,
        stripeEnabled: Bool
    ) {
        self.storage = storage
        self.streets = streets
        self.reverseGeocoder = (geocoder.provider as? OfflineGeocoder) ?? OfflineGeocoder(streets: streets)
        self.zones = ZoneIndexRegistry(store: storage.zones)
        self.geocoder = geocoder
        self.authority = authority
        self.metrics = metrics
        self.customers = CustomerService(
            repository: storage.customers, locator: GeocoderLocator(geocoder: geocoder), zones: zones, stripeEnabled: stripeEnabled
        )
        let assignments = AssignmentRefresh(customers: customers) { tenant, error in
            Logger.server().error("assignment refresh failed; the next zone change or start retries it", metadata: ["tenant": "\(tenant)", "error": "\(error)"])
        }
        self.zoneService = ZoneService(store: storage.zones, registry: zones, observer: assignments)
        self.catalog = CatalogService(catalog: storage.catalog, customers: storage.customers, assignments: assignments)
        self.coverage = ZoneCoverageService(zones: zoneService, customers: customers)
        self.territory = TerritoryService(repository: storage.territory, zones: zoneService)
        self.webhooks = WebhookService(repository: storage.webhooks)
    }
}
