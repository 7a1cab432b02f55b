import Foundation
import Geocoding
import PostgresNIO

/// TIGER/Line address ranges in PostgreSQL, shared by every replica; written in batches of arrays.
struct PostgresStreetRangeStore: StreetRangeStoring {
    let store: PostgresStore
    /// Rows per insert statement.
    static let batch = 5000

    func replaceCounty(_ county: TigerCounty, edges: [StreetEdge], ranges: [StreetRange]) async throws {
        try await store.write { session in
            try session.send("DELETE FROM street_ranges WHERE county = \(county.code)")
            try session.send("DELETE FROM street_edges WHERE county = \(county.code)")
            for start in stride(from: 0, to: edges.count, by: Self.batch) {
                let rows = edges[start..<min(edges.count, start + Self.batch)]
                let ids = rows.map(\.id), points = rows.map { StreetRangeRows.text($0.points) }
                try session.send("""
                    INSERT INTO street_edges (county, tlid, points)
                    SELECT \(county.code), * FROM unnest(\(ids)::bigint[], \(points)::text[])
                    """)
            }
            for start in stride(from: 0, to: ranges.count, by: Self.batch) {
                let rows = ranges[start..<min(ranges.count, start + Self.batch)]
                let ids = rows.map(\.edgeID), sides = rows.map(\.side.rawValue)
                let pre = rows.map { $0.preDirectional ?? "" }, names = rows.map(\.streetName), suffixes = rows.map { $0.suffix ?? "" }
                let post = rows.map { $0.postDirectional ?? "" }, from = rows.map(\.from), to = rows.map(\.to)
                let parities = rows.map(\.parity.rawValue), zips = rows.map { $0.zip ?? "" }
                try session.send("""
                    INSERT INTO street_ranges (county, tlid, side, pre_directional, street_name, suffix, post_directional,
                        from_number, to_number, parity, zip)
                    SELECT \(county.code), tlid, side, NULLIF(pre, ''), name, NULLIF(suffix, ''), NULLIF(post, ''), f, t, parity, NULLIF(zip, '')
                    FROM unnest(\(ids)::bigint[], \(sides)::text[], \(pre)::text[], \(names)::text[], \(suffixes)::text[],
                        \(post)::text[], \(from)::bigint[], \(to)::bigint[], \(parities)::text[], \(zips)::text[])
                        AS r(tlid, side, pre, name, suffix, post, f, t, parity, zip)
                    """)
            }
            try session.execute("""
                INSERT INTO street_range_counties (code, source, edges, ranges, imported_at)
                VALUES (\(county.code), \(county.source), \(county.edges), \(county.ranges), \(county.importedAt))
                ON CONFLICT (code) DO UPDATE SET source = excluded.source, edges = excluded.edges, ranges = excluded.ranges,
                    imported_at = excluded.imported_at
                """)
        }
    }

    func counties() async throws -> [TigerCounty] {
        try await store.read { session in
            try session.query("SELECT code, source, edges, ranges, imported_at FROM street_range_counties ORDER BY code").map { row in
                let (code, source, edges, ranges, importedAt) = try row.decode((String, String, Int, Int, Date).self)
                return TigerCounty(code: code, source: source, edges: edges, ranges: ranges, importedAt: importedAt)
            }
        }
    }

    func allStreetRanges() async throws -> (edges: [StreetEdge], ranges: [StreetRange]) {
        try await store.read { session in
            let edges = try session.query("SELECT tlid, points FROM street_edges").compactMap { row -> StreetEdge? in
                let (id, text) = try row.decode((Int64, String).self)
                return StreetRangeRows.points(text).map { StreetEdge(id: id, points: $0) }
            }
            let ranges = try session.query("""
                SELECT tlid, side, pre_directional, street_name, suffix, post_directional, from_number, to_number, parity, zip
                FROM street_ranges
                """).compactMap { row -> StreetRange? in
                let (id, side, pre, name, suffix, post, from, to, parity, zip) =
                    try row.decode((Int64, String, String?, String, String?, String?, Int, Int, String, String?).self)
                return StreetRangeRows.range(
                    edgeID: id, side: side, preDirectional: pre, streetName: name, suffix: suffix, postDirectional: post,
                    from: from, to: to, parity: parity, zip: zip
                )
            }
            return (edges, ranges)
        }
    }
}
