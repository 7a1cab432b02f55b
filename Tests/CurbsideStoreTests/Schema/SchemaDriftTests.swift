@testable import CurbsideStore
import Foundation
import GRDB
import Testing

/// The two stores' schemas against the golden description `Fixtures/schema.txt` (see `SchemaDescription`): a
/// migration that changes one store's tables, columns, keys, indexes or triggers fails here until the other store
/// and the golden file follow. When a change is meant, update `schema.txt` from the description the failure prints.
@Suite("Schema drift")
struct SchemaDriftTests {
    static func golden() throws -> SchemaDescription {
        let url = try #require(Bundle.module.url(forResource: "schema", withExtension: "txt"))
        return SchemaDescription(text: try String(contentsOf: url, encoding: .utf8))
    }

    /// A fresh SQLite database with every migration, the geocode cache's included.
    static func freshSQLite() async throws -> SchemaDescription {
        let database = try CurbsideDatabase.inMemory()
        _ = try database.geocodeCache
        return try await database.writer.read { try SQLiteSchemaReader.describe($0) }
    }

    @Test func theSQLiteSchemaIsTheGoldenOne() async throws {
        let sqlite = try await Self.freshSQLite()
        let differences = sqlite.differences(from: try Self.golden())
        #expect(differences.isEmpty, "SQLite against schema.txt:\n\(differences.joined(separator: "\n"))\n\nSQLite:\n\(sqlite)")
    }

    @Test(.enabled(if: testPostgresURL != nil, "CURBSIDE_TEST_DATABASE names no PostgreSQL database"))
    func thePostgreSQLSchemaIsTheGoldenOneButForItsKnownDifferences() async throws {
        let schema = "schema_" + UUID().uuidString.prefix(8).lowercased()
        let store = try await PostgresStore.open(url: testPostgresURL!, connections: 1, schema: schema)
        let postgres = try await PostgresSchemaReader.describe(store)
        let golden = try Self.golden()
        let differences = postgres.differences(from: golden)
        let expected = KnownPostgresDifferences.expected(geometry: store.storesGeometry)
        let unexpected = differences.filter { !expected.contains($0) }
        let missing = expected.subtracting(differences).sorted()
        #expect(unexpected.isEmpty && missing.isEmpty, """
            PostgreSQL against schema.txt, beyond the known differences:
            \(unexpected.joined(separator: "\n"))
            known differences not found:
            \(missing.joined(separator: "\n"))

            PostgreSQL:
            \(postgres)
            """)
        // The lines both have come in the same order (tables by name, each table's columns in order).
        let shared = Set(golden.lines).intersection(postgres.lines)
        #expect(postgres.lines.filter(shared.contains) == golden.lines.filter(shared.contains))
        await store.close()
    }

    /// Both stores run the same migrations by name, the curbside ones in the same order (in PostgreSQL the geocode
    /// cache's sit among them, in the order they were released).
    @Test func bothStoresHaveTheSameMigrations() {
        let sqlite = CurbsideMigrations.all.map(\.name) + ["geocode_cache v1", "geocode_cache v2 precision read again"]
        let postgres = PostgresMigrations.all.map(\.name)
        #expect(sqlite.sorted() == postgres.sorted())
        #expect(postgres.filter { $0.hasPrefix("curbside ") } == CurbsideMigrations.all.map(\.name))
    }

    /// The comparison notices a column, a nullability and an index that one store gained.
    @Test func aChangedSchemaDiffersFromTheGoldenOne() async throws {
        let database = try CurbsideDatabase.inMemory()
        _ = try database.geocodeCache
        let changed = try await database.writer.write { db in
            try db.execute(sql: """
                ALTER TABLE customers ADD COLUMN nickname TEXT;
                CREATE INDEX customers_nickname ON customers (tenant_id, nickname COLLATE NOCASE DESC);
                DROP TABLE tenant_settings;
                CREATE TABLE tenant_settings (tenant_id TEXT PRIMARY KEY NOT NULL, trash_day_mode TEXT,
                    default_trash_day TEXT, updated_at DATETIME NOT NULL, rooftop_uncertainty_m DOUBLE NOT NULL DEFAULT 15,
                    street_uncertainty_m DOUBLE NOT NULL DEFAULT 60, manual_uncertainty_m DOUBLE NOT NULL DEFAULT 3);
                """)
            return try SQLiteSchemaReader.describe(db)
        }
        #expect(Set(changed.differences(from: try Self.golden())) == [
            "+ column customers.nickname text",
            "+ index customers_nickname on customers (tenant_id, nickname nocase desc)",
            "+ column tenant_settings.trash_day_mode text",
            "- column tenant_settings.trash_day_mode text not null",
        ])
    }
}
