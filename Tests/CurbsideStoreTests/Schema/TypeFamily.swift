import Foundation

/// The type families columns are described in: what a value is to the application, whatever the database calls
/// it. A type neither table below knows is `unknown(<its name>)`, so it shows up as a difference until it is
/// mapped here.
enum TypeFamily {
    /// SQLite declared types (as GRDB's table builder and the migrations write them) and their families.
    static let sqlite: [String: String] = [
        "TEXT": "text",
        "INTEGER": "integer",
        "DOUBLE": "real",
        "REAL": "real",
        "BOOLEAN": "boolean",
        "DATETIME": "timestamp",
        "DATE": "date",
        "BLOB": "blob",
        "JSON": "json",
    ]

    /// PostgreSQL types (as `information_schema.columns.data_type`, or the `udt_name` of a user-defined type)
    /// and their families. Integers are `bigint`, as Swift's `Int`; a narrower column would be a difference.
    static let postgres: [String: String] = [
        "text": "text",
        "bigint": "integer",
        "double precision": "real",
        "boolean": "boolean",
        "timestamp with time zone": "timestamp",
        "date": "date",
        "bytea": "blob",
        "jsonb": "json",
        "geometry": "geometry",
    ]

    /// The family of the SQLite declared type `type`.
    static func sqlite(_ type: String) -> String {
        sqlite[type.uppercased()] ?? "unknown(\(type))"
    }

    /// The family of the PostgreSQL type `type`.
    static func postgres(_ type: String) -> String {
        postgres[type] ?? "unknown(\(type))"
    }

    /// A column default in the shared vocabulary: booleans as `true`/`false` (SQLite stores 1 and 0), PostgreSQL's
    /// casts (`'x'::text`) dropped.
    static func defaultValue(_ value: String?, family: String) -> String? {
        guard let raw = value else { return nil }
        let value = SchemaDescription.normalized(raw.replacing(/::[a-z_]+( [a-z_]+)*/, with: ""))
        if family == "boolean" {
            if value == "1" { return "true" }
            if value == "0" { return "false" }
        }
        return value
    }
}
