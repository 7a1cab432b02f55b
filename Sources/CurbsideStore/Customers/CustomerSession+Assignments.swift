import Customers
import GRDB
import GRDBSQLite

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

    /// One prepared UPDATE, its parameters bound straight through SQLite's C API, with a page cache large enough for
    /// the tenant's rows: a refresh after a zone change rewrites every row of the tenant, and GRDB's argument values
    /// and the spills of SQLite's default 2 MB cache cost as much as the updates (100,000 properties and their
    /// customers: 1.2 s before, 0.75 s after; see docs/assignment-quality.md).
    func saveQualities(_ updates: [QualityUpdate], of kind: PlacedKind, tenant: String) throws {
        guard !updates.isEmpty else { return }
        let statement = try db.cachedStatement(sql: """
            UPDATE \(PlacementColumns.table(kind)) SET geocode_precision = ?, geocode_source = ?, geocode_confidence = ?,
                zone_match_method = ?, boundary_distance_m = ?, assignment = ?, assignment_reasons = ?
            WHERE tenant_id = ? AND id = ?
            """)
        let handle = statement.sqliteStatement
        let previousCache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2_000
        try db.execute(sql: "PRAGMA cache_size = -65536")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(previousCache)") }
        defer { sqlite3_reset(handle); sqlite3_clear_bindings(handle) }
        for update in updates {
            let columns = PlacementQualityColumns(update.quality)
            sqlite3_reset(handle)
            SQLiteBinding.bind(columns.geocodePrecision?.rawValue, at: 1, in: handle)
            SQLiteBinding.bind(columns.geocodeSource, at: 2, in: handle)
            SQLiteBinding.bind(columns.geocodeConfidence, at: 3, in: handle)
            SQLiteBinding.bind(columns.zoneMatchMethod?.rawValue, at: 4, in: handle)
            SQLiteBinding.bind(columns.boundaryDistance, at: 5, in: handle)
            SQLiteBinding.bind(columns.assignment?.rawValue, at: 6, in: handle)
            SQLiteBinding.bind(columns.assignmentReasons, at: 7, in: handle)
            SQLiteBinding.bind(tenant, at: 8, in: handle)
            SQLiteBinding.bind(update.id, at: 9, in: handle)
            let code = sqlite3_step(handle)
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
        }
    }

    func tenantsAwaitingAssessment() throws -> [String] {
        try String.fetchAll(db, sql: PlacementColumns.awaitingTenants)
    }
}
