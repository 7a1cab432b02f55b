import GRDBSQLite

/// Binding values to a prepared SQLite statement through the C API, for writes of many rows.
enum SQLiteBinding {
    /// SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    static func bind(_ text: String?, at index: Int32, in statement: OpaquePointer) {
        guard let text else {
            sqlite3_bind_null(statement, index)
            return
        }
        sqlite3_bind_text(statement, index, text, -1, transient)
    }

    static func bind(_ number: Double?, at index: Int32, in statement: OpaquePointer) {
        guard let number else {
            sqlite3_bind_null(statement, index)
            return
        }
        sqlite3_bind_double(statement, index, number)
    }
}
