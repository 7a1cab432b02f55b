import Foundation
import GRDB

/// The description (`SchemaDescription`) of a SQLite database's schema, read from `sqlite_master` and the table and
/// index pragmas.
enum SQLiteSchemaReader {
    /// Tables of SQLite itself and of the migrator, left out.
    static let bookkeeping: Set<String> = ["grdb_migrations"]

    static func describe(_ db: Database) throws -> SchemaDescription {
        let names = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """).filter { !bookkeeping.contains($0) }
        var tables: [SchemaDescription.Table] = [], indexes: [SchemaDescription.Index] = []
        for name in names {
            var table = SchemaDescription.Table(name: name, columns: [], primaryKey: [], uniques: [])
            var primaryKey: [(position: Int, name: String)] = []
            for row in try Row.fetchAll(db, sql: "PRAGMA table_info(\(name.quotedDatabaseIdentifier))") {
                let family = TypeFamily.sqlite(row["type"])
                let column: String = row["name"]
                table.columns.append(.init(
                    name: column, family: family, notNull: row["notnull"],
                    defaultValue: TypeFamily.defaultValue(row["dflt_value"], family: family)
                ))
                let position: Int = row["pk"]
                if position > 0 { primaryKey.append((position, column)) }
            }
            table.primaryKey = primaryKey.sorted { $0.position < $1.position }.map(\.name)
            for row in try Row.fetchAll(db, sql: "PRAGMA index_list(\(name.quotedDatabaseIdentifier))") {
                let index: String = row["name"], origin: String = row["origin"]
                let keys = try keys(of: index, in: db)
                switch origin {
                case "pk": continue
                case "u": table.uniques.append(keys)
                default:
                    let sql = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [index]) ?? ""
                    indexes.append(.init(
                        name: index, table: name, keys: keys, unique: row["unique"], predicate: predicate(sql), method: nil
                    ))
                }
            }
            tables.append(table)
        }
        return SchemaDescription(tables: tables, indexes: indexes, triggers: try triggers(db))
    }

    /// The key columns of `index`, in order; an expression key (none so far) is `expression`.
    private static func keys(of index: String, in db: Database) throws -> [String] {
        try Row.fetchAll(db, sql: "PRAGMA index_xinfo(\(index.quotedDatabaseIdentifier))").filter { $0["key"] as Bool }.map { row in
            let collation = (row["coll"] as String?)?.uppercased() ?? "BINARY"
            let column = (row["name"] as String?) ?? "expression"
            let key = SchemaDescription.key(column, nocase: collation == "NOCASE", descending: row["desc"])
            return collation == "BINARY" || collation == "NOCASE" ? key : key + " collate \(collation.lowercased())"
        }
    }

    /// The `WHERE` clause of a partial index's `CREATE INDEX` statement, or nil.
    private static func predicate(_ sql: String) -> String? {
        guard let range = sql.range(of: #"\sWHERE\s"#, options: [.regularExpression, .caseInsensitive]) else { return nil }
        return SchemaDescription.normalized(String(sql[range.upperBound...]))
    }

    /// Each trigger's table, time and event, from its `CREATE TRIGGER` statement.
    private static func triggers(_ db: Database) throws -> [SchemaDescription.Trigger] {
        let pattern = /(?i)CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?\S+\s+(BEFORE|AFTER|INSTEAD\s+OF)?\s*(INSERT|UPDATE|DELETE)\b[\s\S]*?\bON\s+"?(\w+)"?/
        return try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").map { sql in
            guard let match = sql.firstMatch(of: pattern) else {
                return SchemaDescription.Trigger(table: "?", timing: "?", event: sql)
            }
            let timing = match.1.map { SchemaDescription.normalized(String($0)) } ?? "before"
            return SchemaDescription.Trigger(table: String(match.3), timing: timing, event: String(match.2).lowercased())
        }
    }
}
