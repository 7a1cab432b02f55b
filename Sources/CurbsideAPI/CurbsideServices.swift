import CurbsideStore
import Customers
import Geocoding

/// Everything the routes need: the store, the zone indexes, the geocoder, the token authority and metrics.
public struct CurbsideServices: Sendable {
    public let database: CurbsideDatabase
    public let zoneStore: ZoneStore
    public let zones: ZoneIndexRegistry
    public let geocoder: Geocoder
    public let authority: TokenAuthority
    public let metrics: APIMetrics
    public let customers: CustomerService
    public let catalog: CatalogStore

    /// Wires the services over `database` and loads every tenant's zone index.
    public init(
        database: CurbsideDatabase, geocoder: Geocoder, authority: TokenAuthority, metrics: APIMetrics = APIMetrics(), stripeEnabled: Bool = false
    ) async throws {
        self.database = database
        self.zoneStore = ZoneStore(database: database)
        self.zones = ZoneIndexRegistry(store: zoneStore)
        self.geocoder = geocoder
        self.authority = authority
        self.metrics = metrics
        self.catalog = CatalogStore(database: database)
        self.customers = CustomerService(
            repository: GRDBCustomerRepository(database: database), locator: GeocoderLocator(geocoder: geocoder), zones: zones,
            stripeEnabled: stripeEnabled
        )
        try await zones.loadAll()
    }
}

extension CurbsideServices {
    /// Opens (creating and migrating) the SQLite database at `databasePath` and wires the geocoder described by
    /// `configuration`, caching in the same file, and a token authority for `secret`.
    public static func open(
        databasePath: String, geocoder configuration: GeocoderConfiguration, secret: String, stripeEnabled: Bool = false
    ) async throws -> CurbsideServices {
        let database = try CurbsideDatabase(path: databasePath)
        let cache = try GeocodeCache(database: database.writer)
        let geocoder = Geocoder(provider: try configuration.makeProvider(), cache: cache)
        return try await CurbsideServices(
            database: database, geocoder: geocoder, authority: try await TokenAuthority(secret: secret), stripeEnabled: stripeEnabled
        )
    }
}
