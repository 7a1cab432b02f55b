import Foundation

/// A schema as both stores can state it, one fact a line, in one vocabulary whatever the database:
///
///     table customers
///     column customers.email text
///     column customers.is_active boolean not null default true
///     primary key customers (tenant_id, id)
///     unique route_template_stops (tenant_id, route_template_id, property_id)
///     index customers_tenant_email on customers (tenant_id, email nocase)
///     index outbox_events_due on outbox_events (next_attempt_at) where delivered_at is null
///     trigger service_zones after insert
///
/// Tables go by name; within a table its columns in their order, then its keys. Indexes (those a migration
/// created, not the ones behind a key) go by name; triggers by table, time and event. Types are families (see
/// `TypeFamily`); an index key is a column, `nocase` when it compares case-insensitively, `desc` when it sorts
/// downwards. Bookkeeping tables (`grdb_migrations`, `curbside_migrations`) are left out.
struct SchemaDescription: Equatable, CustomStringConvertible {
    struct Column {
        var name: String
        var family: String
        var notNull: Bool
        var defaultValue: String?
    }

    struct Table {
        var name: String
        var columns: [Column]
        var primaryKey: [String]
        var uniques: [[String]]
    }

    struct Index {
        var name: String
        var table: String
        var keys: [String]
        var unique: Bool
        var predicate: String?
        /// The access method when not a B-tree.
        var method: String?
    }

    struct Trigger: Hashable {
        var table: String
        /// `before`, `after` or `instead of`.
        var timing: String
        /// `insert`, `update` or `delete`.
        var event: String
    }

    /// The lines, in order.
    var lines: [String]

    init(tables: [Table], indexes: [Index], triggers: [Trigger]) {
        var lines: [String] = []
        for table in tables.sorted(by: { $0.name < $1.name }) {
            lines.append("table \(table.name)")
            for column in table.columns {
                var line = "column \(table.name).\(column.name) \(column.family)"
                if column.notNull { line += " not null" }
                if let value = column.defaultValue { line += " default \(value)" }
                lines.append(line)
            }
            if !table.primaryKey.isEmpty {
                lines.append("primary key \(table.name) (\(table.primaryKey.joined(separator: ", ")))")
            }
            for unique in table.uniques.map({ $0.joined(separator: ", ") }).sorted() {
                lines.append("unique \(table.name) (\(unique))")
            }
        }
        for index in indexes.sorted(by: { $0.name < $1.name }) {
            var line = "\(index.unique ? "unique index" : "index") \(index.name) on \(index.table) (\(index.keys.joined(separator: ", ")))"
            if let method = index.method { line += " using \(method)" }
            if let predicate = index.predicate { line += " where \(predicate)" }
            lines.append(line)
        }
        let events = ["insert", "update", "delete"]
        for trigger in Set(triggers).sorted(by: {
            ($0.table, $0.timing, events.firstIndex(of: $0.event) ?? 3) < ($1.table, $1.timing, events.firstIndex(of: $1.event) ?? 3)
        }) {
            lines.append("trigger \(trigger.table) \(trigger.timing) \(trigger.event)")
        }
        self.lines = lines
    }

    /// The description written one line each, as in the golden file.
    init(text: String) {
        lines = text.split(separator: "\n").map { String($0) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    var description: String { lines.joined(separator: "\n") + "\n" }

    /// What sets `self` apart from `other`: lines only one of them has, or lines out of place; empty when equal.
    func differences(from other: SchemaDescription) -> [String] {
        let mine = Set(lines), theirs = Set(other.lines)
        var differences = lines.filter { !theirs.contains($0) }.map { "+ \($0)" }
        differences += other.lines.filter { !mine.contains($0) }.map { "- \($0)" }
        if differences.isEmpty && lines != other.lines { differences.append("the same lines in another order") }
        return differences
    }

    /// An index key in the shared vocabulary: the column, then `nocase` and `desc` when they apply.
    static func key(_ column: String, nocase: Bool = false, descending: Bool = false) -> String {
        column + (nocase ? " nocase" : "") + (descending ? " desc" : "")
    }

    /// `sql` (an index predicate or default) lowercased, unquoted, with single spaces and no enclosing parentheses.
    static func normalized(_ sql: String) -> String {
        var text = sql.replacingOccurrences(of: "\"", with: "").lowercased()
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while text.hasPrefix("("), text.hasSuffix(")"), balanced(text.dropFirst().dropLast()) {
            text = String(text.dropFirst().dropLast())
        }
        return text
    }

    /// Whether the parentheses of `text` pair up.
    private static func balanced(_ text: Substring) -> Bool {
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if depth < 0 { return false }
        }
        return depth == 0
    }
}
