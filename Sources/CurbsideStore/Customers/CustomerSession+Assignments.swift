import Customers
import GRDB

extension CustomerSession {
    func placements(of kind: PlacedKind, tenant: String) throws -> [StoredPlacement] {
        let rows = try Row.fetchCursor(db, sql: "SELECT \(PlacementColumns.select) FROM \(PlacementColumns.table(kind)) WHERE tenant_id = ?", arguments: [tenant])
        var records: [StoredPlacement] = []
        while let row = try rows.next() {
            records.append(PlacementColumns.record(
                id: row[0], lat: row[1], lng: row[2], status: row[3], zoneID: row[4],
                quality: PlacementQualityColumns(
                    precision: (row[5] as String?).flatMap(PlacementPrecision.init), source: row[6], confidence: row[7],
                    method: (row[8] as String?).flatMap(ZoneMatchMethod.init), boundaryDistance: row[9],
                    assignment: (row[10] as String?).flatMap(Assignment.init), reasons: row[11]
                )
            ))
        }
        return records
    }

    func saveQualities(_ updates: [QualityUpdate], of kind: PlacedKind, tenant: String) throws {
        guard !updates.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            UPDATE \(PlacementColumns.table(kind)) SET geocode_precision = ?, geocode_source = ?, geocode_confidence = ?,
                zone_match_method = ?, boundary_distance_m = ?, assignment = ?, assignment_reasons = ?
            WHERE tenant_id = ? AND id = ?
            """)
        for update in updates {
            let columns = PlacementQualityColumns(update.quality)
            try statement.execute(arguments: [
                columns.geocodePrecision?.rawValue, columns.geocodeSource, columns.geocodeConfidence, columns.zoneMatchMethod?.rawValue,
                columns.boundaryDistance, columns.assignment?.rawValue, columns.assignmentReasons, tenant, update.id,
            ])
        }
    }

    func tenantsAwaitingAssessment() throws -> [String] {
        try String.fetchAll(db, sql: PlacementColumns.awaitingTenants)
    }
}
