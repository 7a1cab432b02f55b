import CurbsideStore
import Foundation

/// The description (`SchemaDescription`) of the schema a `PostgresStore` keeps its tables in, read from
/// `information_schema` and the catalog.
enum PostgresSchemaReader {
    /// The migrations' own table, left out.
    static let bookkeeping: Set<String> = ["curbside_migrations"]

    static func describe(_ store: PostgresStore) async throws -> SchemaDescription {
        var tables: [String: SchemaDescription.Table] = [:]
        for row in try await rows(store, """
            SELECT concat_ws(E'\\t', c.table_name, c.column_name, CASE WHEN c.data_type = 'USER-DEFINED' THEN c.udt_name ELSE c.data_type END,
                c.is_nullable, coalesce(c.column_default, E'\\x01'))
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position
            """) where !bookkeeping.contains(row[0]) {
            let family = TypeFamily.postgres(row[2])
            tables[row[0], default: .init(name: row[0], columns: [], primaryKey: [], uniques: [])].columns.append(.init(
                name: row[1], family: family, notNull: row[3] == "NO",
                defaultValue: TypeFamily.defaultValue(row[4] == "\u{1}" ? nil : row[4], family: family)
            ))
        }
        for row in try await rows(store, """
            SELECT concat_ws(E'\\t', t.relname, c.contype, string_agg(a.attname, ', ' ORDER BY k.position))
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
            CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, position)
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
            WHERE t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) AND c.contype IN ('p', 'u')
            GROUP BY c.oid, t.relname, c.contype
            """) where tables[row[0]] != nil {
            let columns = row[2].components(separatedBy: ", ")
            if row[1] == "p" { tables[row[0]]?.primaryKey = columns } else { tables[row[0]]?.uniques.append(columns) }
        }
        return SchemaDescription(
            tables: Array(tables.values), indexes: try await indexes(store), triggers: try await triggers(store)
        )
    }

    /// The indexes no key constraint owns.
    private static func indexes(_ store: PostgresStore) async throws -> [SchemaDescription.Index] {
        var indexes: [String: SchemaDescription.Index] = [:]
        for row in try await rows(store, """
            SELECT concat_ws(E'\\t', ic.relname, t.relname, CASE WHEN i.indisunique THEN 'unique' ELSE '-' END, am.amname,
                coalesce(pg_get_expr(i.indpred, i.indrelid, true), E'\\x01'), pg_get_indexdef(i.indexrelid, k.n, true),
                coalesce(co.collname, 'default'), i.indoption[k.n - 1])
            FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_am am ON am.oid = ic.relam
            CROSS JOIN LATERAL generate_series(1, i.indnkeyatts) AS k(n)
            LEFT JOIN pg_collation co ON co.oid = i.indcollation[k.n - 1]
            WHERE t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema())
                AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
            ORDER BY ic.relname, k.n
            """) {
            indexes[row[0], default: .init(
                name: row[0], table: row[1], keys: [], unique: row[2] == "unique", predicate: row[4] == "\u{1}" ? nil : SchemaDescription.normalized(row[4]),
                method: row[3] == "btree" ? nil : row[3]
            )].keys.append(key(row[5], collation: row[6], options: Int(row[7]) ?? 0))
        }
        return Array(indexes.values)
    }

    /// An index key in the shared vocabulary: `lower(x)` compares `x` case-insensitively, as SQLite's `NOCASE`;
    /// the database's default collation and `"C"` stand for SQLite's `BINARY`, the only one SQLite keys here use.
    /// `options` is the key's `pg_index.indoption` (descending, nulls first): nulls placed other than PostgreSQL's
    /// default for the direction (last ascending, first descending) show as `nulls first` or `nulls last`.
    static func key(_ definition: String, collation: String, options: Int) -> String {
        var column = SchemaDescription.normalized(definition), nocase = false
        if let match = column.wholeMatch(of: /lower\(\(?([a-z_0-9]+)( collate c)?\)?\)/) {
            column = String(match.1)
            nocase = true
        }
        let descending = options & 1 != 0, nullsFirst = options & 2 != 0
        var key = SchemaDescription.key(column, nocase: nocase, descending: descending)
        if descending != nullsFirst { key += nullsFirst ? " nulls first" : " nulls last" }
        return ["default", "C", "POSIX"].contains(collation) ? key : key + " collate \(collation.lowercased())"
    }

    /// Each trigger's table, time and event.
    private static func triggers(_ store: PostgresStore) async throws -> [SchemaDescription.Trigger] {
        try await rows(store, """
            SELECT concat_ws(E'\\t', event_object_table, lower(action_timing), lower(event_manipulation))
            FROM information_schema.triggers WHERE trigger_schema = current_schema()
            """).map { SchemaDescription.Trigger(table: $0[0], timing: $0[1], event: $0[2]) }
    }

    /// The rows of `sql`, whose one column joins the fields with tabs.
    private static func rows(_ store: PostgresStore, _ sql: String) async throws -> [[String]] {
        try await store.strings(sql).map { $0.components(separatedBy: "\t") }
    }
}
