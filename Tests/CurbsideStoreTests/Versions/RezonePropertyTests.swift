import CurbsideStore
import Customers
import Foundation
import Testing
import ZoneIndex
import ZoneSynthesis
import Zones

/// The preview equals what publishing does, on a synthetic tessellation and thousands of properties, points on
/// shared edges and vertices included: after the publish every property's zone is the production matcher's answer
/// for its point on the new set, and exactly the properties the preview listed moved.
@Suite("Re-zoning a synthetic set")
struct RezonePropertyTests {
    static let bounds = BoundingBox(minX: -97.9, minY: 30.1, maxX: -97.6, maxY: 30.4)

    static func storages() async throws -> [(any CurbsideStorage, Int)] {
        var storages: [(any CurbsideStorage, Int)] = [(try CurbsideDatabase.inMemory(), 8_000)]
        if let url = testPostgresURL {
            storages.append((try await PostgresStore.open(url: url, connections: 2, schema: "rz_" + UUID().uuidString.prefix(8).lowercased()), 2_000))
        }
        return storages
    }

    @Test func afterAPublishEveryPropertyIsWhereTheMatcherPutsItsPoint() async throws {
        for (storage, count) in try await Self.storages() {
            let current = try VoronoiZoneSet(count: 40, verticesPerZone: 24, bounds: Self.bounds, seed: 3, maxPriority: 2).zones()
                .map(Self.named)
            let proposed = try VoronoiZoneSet(count: 36, verticesPerZone: 24, bounds: Self.bounds, seed: 4, maxPriority: 2).zones().map(Self.named)
            _ = try await storage.zones.importZones(current, tenant: "acme")
            let registry = ZoneIndexRegistry(store: storage.zones)
            try await registry.loadAll()
            let zones = ZoneService(store: storage.zones, registry: registry)
            let customers = CustomerService(repository: storage.customers, locator: SwitchableLocator(up: true), zones: registry)
            let territory = TerritoryService(repository: storage.territory, zones: zones)

            // Uniform points, and points on the proposed set's shared edges and vertices, where ties are decided.
            let edges = SyntheticPoints.onBoundaries(of: proposed, limit: count / 4, seed: 5)
            let points = SyntheticPoints.uniform(count - edges.count, in: Self.bounds, seed: 6) + edges
            for start in stride(from: 0, to: points.count, by: 2_000) {
                let batch = points[start..<min(points.count, start + 2_000)].enumerated().map { offset, point in
                    var input = CustomerInput()
                    input.name = "Synthetic \(start + offset)"
                    input.address = "\(start + offset + 1) Main St, Austin, TX 78701"
                    input.lat = point.y
                    input.lng = point.x
                    return input
                }
                let imported = try await customers.importCustomers(batch, tenant: "acme")
                #expect(imported.errors.isEmpty, "\(imported.errors.prefix(3))")
            }

            let draft = try await territory.createDraft(name: nil, note: nil, from: .empty, tenant: "acme", by: .unnamed)
            for zone in proposed {
                _ = try await territory.createDraftZone(
                    ZoneDraft(id: zone.id, name: zone.name, boundary: zone.boundary, zipCodes: zone.zipCodes, priority: zone.priority, isActive: zone.isActive),
                    draftID: draft.id, tenant: "acme"
                )
            }
            let plan = try await territory.impact(draftID: draft.id, tenant: "acme")
            let before = try await Self.placements(storage)
            #expect(plan.moves.count > count / 4, "the new tessellation moves \(plan.moves.count) of \(count)")
            let version = try await territory.publish(draftID: draft.id, .init(), tenant: "acme", by: .unnamed)
            #expect(version.moved == plan.moves.count)

            let after = try await Self.placements(storage)
            let moved = Dictionary(uniqueKeysWithValues: plan.moves.map { ($0.propertyID, $0.toZoneID) })
            var mismatches = 0
            for (id, placement) in after {
                let answer = registry.zoneID(tenant: "acme", lat: placement.lat, lng: placement.lng, zip: "78701")
                if placement.zoneID != answer { mismatches += 1 }
                #expect(placement.zoneID == (moved[id] ?? before[id]?.zoneID), "\(id): the preview said otherwise")
            }
            #expect(mismatches == 0, "\(mismatches) properties are not where /match-zone puts their points")
            #expect(after.count == count)
        }
    }

    /// The synthetic zone as tenant `acme`'s, with a zone id (`sz_v0`, …).
    static func named(_ zone: Zone) -> Zone {
        var zone = zone
        zone.id = "sz_" + zone.id
        zone.tenantID = "acme"
        return zone
    }

    /// Every property's point and zone, by id.
    static func placements(_ storage: any CurbsideStorage) async throws -> [String: (lat: Double?, lng: Double?, zoneID: String?)] {
        try await storage.customers.write { store in
            Dictionary(uniqueKeysWithValues: try store.placements(of: .property, tenant: "acme").map {
                ($0.id, (lat: $0.subject.lat, lng: $0.subject.lng, zoneID: $0.subject.zoneID))
            })
        }
    }
}
