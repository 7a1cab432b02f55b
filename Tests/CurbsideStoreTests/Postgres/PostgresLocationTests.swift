import Testing

@testable import CurbsideStore

/// PostgreSQL URLs as operators write them; no server needed.
@Suite struct PostgresLocationTests {
    @Test func everyPartIsRead() throws {
        let location = try PostgresLocation(url: "postgres://curb%40side:p%2Fss%3Aw0rd@db.internal:6432/fleet?sslmode=require&schema=tenant_a")
        #expect(location.host == "db.internal" && location.port == 6432)
        #expect(location.username == "curb@side" && location.password == "p/ss:w0rd")
        #expect(location.database == "fleet" && location.sslMode == "require" && location.schema == "tenant_a")
        #expect(location.socketPath == nil)
        // The description names the database without the password.
        #expect(location.description == "postgres://curb@side@db.internal:6432/fleet (schema tenant_a)")
        #expect(!location.description.contains("w0rd"))
    }

    @Test func defaultsAndTheOtherScheme() throws {
        let location = try PostgresLocation(url: "postgresql://db")
        #expect(location.port == 5432 && location.username == "postgres" && location.password == nil)
        #expect(location.database == nil && location.sslMode == "prefer" && location.schema == nil)
    }

    @Test func aUnixSocketDirectory() throws {
        let location = try PostgresLocation(url: "postgres://curbside@/curbside?host=/var/run/postgresql")
        #expect(location.socketPath == "/var/run/postgresql/.s.PGSQL.5432")
        #expect(location.database == "curbside")
    }

    @Test(arguments: ["postgres://", "postgres:///db", "postgres://db?sslmode=sometimes", "mysql://db/x", "curbside.sqlite"])
    func badURLsAreRefused(_ url: String) {
        #expect(throws: PostgresStoreError.self) { try PostgresLocation(url: url) }
    }

    @Test func onlyPostgresURLsArePostgres() {
        #expect(StorageLocation.isPostgres("postgres://db/x") && StorageLocation.isPostgres("postgresql://db/x"))
        #expect(!StorageLocation.isPostgres("curbside.sqlite") && !StorageLocation.isPostgres("/var/lib/postgres/file.sqlite"))
    }
}
