import CurbsideStore
import Customers
import Geocoding

/// Everything the routes need: the storage, the zone indexes, the geocoder, the token authority and metrics.
public struct CurbsideServices: Sendable {
    public let storage: any CurbsideStorage
    public let zoneStore: any ZoneStoring
    public let zones: ZoneIndexRegistry
    public let geocoder: Geocoder
    public let authority: TokenAuthority
    public let metrics: APIMetrics
    public let customers: CustomerService
    public let catalog: any CatalogStoring

    /// Wires the services over `storage` and loads every tenant's zone index.
    public init(
        storage: any CurbsideStorage, geocoder: Geocoder, authority: TokenAuthority, metrics: APIMetrics = APIMetrics(), stripeEnabled: Bool = false
    ) async throws {
        self.storage = storage
        self.zoneStore = storage.zones
        self.zones = ZoneIndexRegistry(store: zoneStore)
        self.geocoder = geocoder
        self.authority = authority
        self.metrics = metrics
        self.catalog = storage.catalog
        self.customers = CustomerService(
            repository: storage.customers, locator: GeocoderLocator(geocoder: geocoder), zones: zones, stripeEnabled: stripeEnabled
        )
        try await zones.loadAll()
    }
}

extension CurbsideServices {
    /// Opens (creating and migrating) the database at `location` — a `postgres://` URL, or a SQLite file path —
    /// (at most `connections` connections to PostgreSQL), and wires the geocoder described by `configuration`,
    /// caching its answers in the same database, and a token authority for `secret`.
    public static func open(
        location: String, connections: Int = 8, geocoder configuration: GeocoderConfiguration, secret: String, stripeEnabled: Bool = false
    ) async throws -> CurbsideServices {
        let storage = try await StorageLocation.open(location, connections: connections)
        let cache = GeocodeCache(store: try storage.geocodeCache)
        let geocoder = Geocoder(provider: try configuration.makeProvider(), cache: cache)
        return try await CurbsideServices(
            storage: storage, geocoder: geocoder, authority: try await TokenAuthority(secret: secret), stripeEnabled: stripeEnabled
        )
    }
}
