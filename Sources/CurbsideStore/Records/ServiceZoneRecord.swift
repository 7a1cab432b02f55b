import Foundation
import Zones
import GRDB
import ZoneIndex

/// One row of the `service_zones` table: a tenant's zone, its boundary and ZIP codes as JSON, and its place in the
/// tenant's definition order.
public struct ServiceZoneRecord: Codable, Hashable, Sendable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "service_zones"

    public var tenantID: String
    public var id: String
    public var name: String
    /// The boundary as a GeoJSON `Polygon` or `MultiPolygon` geometry.
    public var boundary: String
    /// The ZIP codes as a JSON array of strings.
    public var zipCodes: String
    public var priority: Int
    public var isActive: Bool
    /// The zone's rank in its tenant's definition order; ties between matching zones go to the lower one.
    public var position: Int
    public var createdAt: Date
    public var updatedAt: Date

    enum CodingKeys: String, CodingKey {
        case tenantID = "tenant_id", id, name, boundary, zipCodes = "zip_codes", priority, isActive = "is_active"
        case position, createdAt = "created_at", updatedAt = "updated_at"
    }

    /// The columns queries filter and sort on.
    public enum Columns {
        public static let tenantID = Column(CodingKeys.tenantID)
        public static let id = Column(CodingKeys.id)
        public static let position = Column(CodingKeys.position)
    }

    /// The row for `zone` at `position`, created and updated at `now`; throws when the boundary cannot be encoded
    /// (e.g. a non-finite coordinate).
    public init(zone: Zone, position: Int, now: Date) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        tenantID = zone.tenantID
        id = zone.id
        name = zone.name
        boundary = String(decoding: try encoder.encode(zone.boundary), as: UTF8.self)
        zipCodes = String(decoding: try encoder.encode(zone.zipCodes), as: UTF8.self)
        priority = zone.priority
        isActive = zone.isActive
        self.position = position
        createdAt = now
        updatedAt = now
    }

    /// A row of the stored columns (as a version's entry keeps them), with no creation or update time.
    init(tenantID: String, id: String, name: String, boundary: String, zipCodes: String, priority: Int, isActive: Bool, position: Int) {
        self.tenantID = tenantID
        self.id = id
        self.name = name
        self.boundary = boundary
        self.zipCodes = zipCodes
        self.priority = priority
        self.isActive = isActive
        self.position = position
        createdAt = .distantPast
        updatedAt = .distantPast
    }

    /// The zone this row stores; throws `ZoneStoreError.corruptRow` when its JSON does not decode.
    public func zone() throws -> Zone {
        let decoder = JSONDecoder()
        do {
            return Zone(
                id: id,
                tenantID: tenantID,
                name: name,
                priority: priority,
                isActive: isActive,
                zipCodes: try decoder.decode([String].self, from: Data(zipCodes.utf8)),
                boundary: try decoder.decode(ZoneBoundary.self, from: Data(boundary.utf8))
            )
        } catch {
            throw ZoneStoreError.corruptRow("service zone \(id) of tenant \(tenantID): \(error)")
        }
    }

    /// The position after the last of `tenant`'s zones.
    static func nextPosition(tenant: String, in db: Database) throws -> Int {
        let last = try ServiceZoneRecord.all().tenant(tenant).select(max(Columns.position), as: Int.self).fetchOne(db)
        return last.map { $0 + 1 } ?? 0
    }
}

extension DerivableRequest<ServiceZoneRecord> {
    /// Zones of `tenant`.
    func tenant(_ tenant: String) -> Self {
        filter(ServiceZoneRecord.Columns.tenantID == tenant)
    }

    /// The zone `id` (combine with `tenant(_:)`).
    func zone(id: String) -> Self {
        filter(ServiceZoneRecord.Columns.id == id)
    }

    /// Tenants in turn, each tenant's zones in definition order.
    func definitionOrder() -> Self {
        order(ServiceZoneRecord.Columns.tenantID, ServiceZoneRecord.Columns.position, ServiceZoneRecord.Columns.id)
    }
}
