import Customers
import Foundation
import Geocoding
import Testing
import ZoneIndex

/// The database `Fixtures/release-2026-12.sqlite`, as the December 2026 release left it (see
/// `ReleaseFixtureWriter`), and values written into it.
enum ReleaseFixture {
    /// The clock of the code that wrote it.
    static let writtenAt = Date(timeIntervalSince1970: 1_796_000_000)

    /// The cached geocoder answer it holds.
    static let congress = GeocodeResult(
        lat: 30.2653, lng: -97.7446, formattedAddress: "100 Congress Ave, Austin, TX 78701", postcode: "78701",
        precision: .rooftop, source: "mapbox", confidence: 0.9
    )
    static let congressKey = GeocodeCacheKey(address: "100 CONGRESS AVE AUSTIN TX 78701", provider: "mapbox")

    /// The rows each table holds.
    static let rowCounts = [
        "service_zones": 4, "zone_revisions": 2, "service_plans": 2, "route_templates": 2, "customers": 2,
        "properties": 1, "tenant_settings": 1, "route_template_stops": 1, "outbox_events": 2, "invoices": 1,
        "payments": 1, "stops": 1, "communications": 1, "referrals": 1, "vacation_holds": 1, "service_skips": 1,
        "geocode_cache": 2,
    ]

    /// The customer of tenant `demo` with every field set.
    static var fullCustomer: Customer {
        var customer = CustomerFixtures.fullCustomer("cus_full", tenant: "demo")
        customer.servicePlanID = "sp_weekly_standard"
        customer.serviceZoneID = "sz_east"
        return customer
    }

    /// The soft-deleted customer of tenant `demo`.
    static var deletedCustomer: Customer {
        var customer = CustomerFixtures.customer("cus_gone", tenant: "demo", name: "Gone Away", status: .canceled)
        customer.deletedAt = CustomerFixtures.at(50)
        return customer
    }

    /// The full customer's property, with every field set.
    static var property: Property {
        var property = CustomerFixtures.fullProperty("prp_full", customer: "cus_full")
        property.tenantID = "demo"
        property.servicePlanID = "sp_weekly_standard"
        property.serviceZoneID = "sz_east"
        return property
    }

    /// A delivered outbox event, and one that failed twice and is due again 70 s after `CustomerFixtures.epoch`.
    static var outboxEvents: [OutboxEvent] {
        var delivered = OutboxEvent(
            id: "evt_welcome", tenantID: "demo", kind: .welcomeEmail, subjectID: "cus_full", createdAt: CustomerFixtures.at(10)
        )
        delivered.attempts = 1
        delivered.deliveredAt = CustomerFixtures.at(11)
        var failing = OutboxEvent(
            id: "evt_stripe", tenantID: "demo", kind: .stripeCustomer, subjectID: "cus_full", createdAt: CustomerFixtures.at(10)
        )
        failing.attempts = 2
        failing.nextAttemptAt = CustomerFixtures.at(70)
        failing.lastError = "stripe: 503"
        return [delivered, failing]
    }

    /// The zones of tenant `acme`, in order.
    static let acmeZones = [
        ZoneFixtures.zone("sz_north", tenant: "acme", name: "North", priority: 2, zipCodes: ["78701", "78702"]),
        ZoneFixtures.zone("sz_holed", tenant: "acme", name: "Holed", boundary: ZoneFixtures.squareWithHole),
    ]

    /// The zones the demo seed of tenant `demo` was given, in order.
    static let demoZones = [
        ZoneFixtures.zone("sz_east", name: "East", boundary: ZoneFixtures.twoSquares),
        ZoneFixtures.zone("sz_closed", name: "Closed", isActive: false),
    ]

    /// A copy of the fixture in a new temporary directory, for a test to open and change; the directory goes
    /// when `body` returns.
    static func withCopy<T>(_ body: (String) async throws -> T) async throws -> T {
        let source = try #require(Bundle.module.url(forResource: "release-2026-12", withExtension: "sqlite"))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-release-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("curbside.sqlite")
        try FileManager.default.copyItem(at: source, to: copy)
        return try await body(copy.path)
    }
}
