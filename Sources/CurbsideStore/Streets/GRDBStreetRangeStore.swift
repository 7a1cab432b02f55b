import Foundation
import Geocoding
import GRDB

/// TIGER/Line address ranges in the SQLite file (tables `street_edges`, `street_ranges`, `street_range_counties`).
struct GRDBStreetRangeStore: StreetRangeStoring {
    let database: CurbsideDatabase

    func replaceCounty(_ county: TigerCounty, edges: [StreetEdge], ranges: [StreetRange]) async throws {
        try await database.writer.write { db in
            try db.execute(sql: #"DELETE FROM "street_ranges" WHERE "county" = ?"#, arguments: [county.code])
            try db.execute(sql: #"DELETE FROM "street_edges" WHERE "county" = ?"#, arguments: [county.code])
            let edge = try db.makeStatement(sql: #"INSERT INTO "street_edges" ("county", "tlid", "points") VALUES (?, ?, ?)"#)
            for row in edges {
                try edge.execute(arguments: [county.code, row.id, StreetRangeRows.text(row.points)])
            }
            let range = try db.makeStatement(sql: """
                INSERT INTO "street_ranges" ("county", "tlid", "side", "pre_directional", "street_name", "suffix",
                    "post_directional", "from_number", "to_number", "parity", "zip") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for row in ranges {
                try range.execute(arguments: [
                    county.code, row.edgeID, row.side.rawValue, row.preDirectional, row.streetName, row.suffix,
                    row.postDirectional, row.from, row.to, row.parity.rawValue, row.zip,
                ])
            }
            try db.execute(
                sql: """
                    INSERT INTO "street_range_counties" ("code", "source", "edges", "ranges", "imported_at") VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT ("code") DO UPDATE SET "source" = excluded."source", "edges" = excluded."edges",
                        "ranges" = excluded."ranges", "imported_at" = excluded."imported_at"
                    """,
                arguments: [county.code, county.source, county.edges, county.ranges, county.importedAt]
            )
        }
    }

    func counties() async throws -> [TigerCounty] {
        try await database.writer.read { db in
            try Row.fetchAll(db, sql: #"SELECT * FROM "street_range_counties" ORDER BY "code""#).map { row in
                TigerCounty(code: row["code"], source: row["source"], edges: row["edges"], ranges: row["ranges"], importedAt: row["imported_at"])
            }
        }
    }

    func allStreetRanges() async throws -> (edges: [StreetEdge], ranges: [StreetRange]) {
        try await database.writer.read { db in
            var edges: [StreetEdge] = []
            let edgeRows = try Row.fetchCursor(db, sql: #"SELECT "tlid", "points" FROM "street_edges""#)
            while let row = try edgeRows.next() {
                guard let points = StreetRangeRows.points(row["points"]) else { continue }
                edges.append(StreetEdge(id: row["tlid"], points: points))
            }
            var ranges: [StreetRange] = []
            let rangeRows = try Row.fetchCursor(db, sql: """
                SELECT "tlid", "side", "pre_directional", "street_name", "suffix", "post_directional", "from_number",
                    "to_number", "parity", "zip" FROM "street_ranges"
                """)
            while let row = try rangeRows.next() {
                let range = StreetRangeRows.range(
                    edgeID: row[0], side: row[1], preDirectional: row[2], streetName: row[3], suffix: row[4],
                    postDirectional: row[5], from: row[6], to: row[7], parity: row[8], zip: row[9]
                )
                if let range { ranges.append(range) }
            }
            return (edges, ranges)
        }
    }
}
