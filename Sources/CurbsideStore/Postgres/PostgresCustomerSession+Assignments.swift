import Customers
import PostgresNIO

extension PostgresCustomerSession {
    /// Rows of quality updates sent per statement.
    static let qualityBatch = 5_000

    func placements(of kind: PlacedKind, tenant: String) throws -> [StoredPlacement] {
        try session.lockTenant(tenant)
        let table = PlacementColumns.table(kind)
        return try session.query("SELECT \(unescaped: PlacementColumns.select) FROM \(unescaped: table) WHERE tenant_id = \(tenant)").map { row in
            let cells = row.makeRandomAccess()
            return PlacementColumns.record(
                id: try cells[0].decode(String.self), lat: try cells[1].decode(Double?.self), lng: try cells[2].decode(Double?.self),
                status: try cells[3].decode(String?.self), zoneID: try cells[4].decode(String?.self),
                quality: PlacementQualityColumns(
                    precision: try cells[5].decode(String?.self).flatMap(PlacementPrecision.init), source: try cells[6].decode(String?.self),
                    confidence: try cells[7].decode(Double?.self), method: try cells[8].decode(String?.self).flatMap(ZoneMatchMethod.init),
                    boundaryDistance: try cells[9].decode(Double?.self), assignment: try cells[10].decode(String?.self).flatMap(Assignment.init),
                    reasons: try cells[11].decode(String?.self)
                )
            )
        }
    }

    func saveQualities(_ updates: [QualityUpdate], of kind: PlacedKind, tenant: String) throws {
        try session.lockTenant(tenant)
        let table = PlacementColumns.table(kind)
        for start in stride(from: 0, to: updates.count, by: Self.qualityBatch) {
            let rows = updates[start..<min(updates.count, start + Self.qualityBatch)].map { (id: $0.id, columns: PlacementQualityColumns($0.quality)) }
            // Arrays carry no NULLs here: '' and NaN stand for them.
            let ids = rows.map(\.id)
            let precisions = rows.map { $0.columns.geocodePrecision?.rawValue ?? "" }, sources = rows.map { $0.columns.geocodeSource ?? "" }
            let confidences = rows.map { $0.columns.geocodeConfidence ?? .nan }, methods = rows.map { $0.columns.zoneMatchMethod?.rawValue ?? "" }
            let distances = rows.map { $0.columns.boundaryDistance ?? .nan }, assignments = rows.map { $0.columns.assignment?.rawValue ?? "" }
            let reasons = rows.map { $0.columns.assignmentReasons ?? "" }
            try session.send("""
                UPDATE \(unescaped: table) AS t SET geocode_precision = NULLIF(u.precision, ''), geocode_source = NULLIF(u.source, ''),
                    geocode_confidence = NULLIF(u.confidence, 'NaN'), zone_match_method = NULLIF(u.method, ''),
                    boundary_distance_m = NULLIF(u.distance, 'NaN'), assignment = NULLIF(u.assignment, ''),
                    assignment_reasons = NULLIF(u.reasons, '')
                FROM unnest(\(ids)::text[], \(precisions)::text[], \(sources)::text[], \(confidences)::float8[], \(methods)::text[],
                    \(distances)::float8[], \(assignments)::text[], \(reasons)::text[])
                    AS u(id, precision, source, confidence, method, distance, assignment, reasons)
                WHERE t.tenant_id = \(tenant) AND t.id = u.id
                """)
        }
    }

    func tenantsAwaitingAssessment() throws -> [String] {
        try session.query(PostgresQuery(unsafeSQL: PlacementColumns.awaitingTenants)).map { try $0.decode(String.self) }
    }
}
