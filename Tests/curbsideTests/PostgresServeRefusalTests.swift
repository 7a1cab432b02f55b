import Foundation
import Testing

/// What `serve` says about a PostgreSQL database it cannot use; none of these needs a server.
@Suite("serve --database postgres://… refusals")
struct PostgresServeRefusalTests {
    /// Runs `curbside serve` with `arguments` and exactly `environment`.
    func serve(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, stderr: String) {
        try runCurbside(["serve", "--port", "0", "--metrics-port", "0"] + arguments, environment: environment)
    }

    @Test func withoutASharedSecretServeRefusesToStart() throws {
        let (status, stderr) = try serve(["--database", "postgres://curbside@127.0.0.1:1/curbside"], environment: [:])
        #expect(status != 0)
        #expect(stderr.contains("CURBSIDE_JWT_SECRET must be set"), "\(stderr)")
    }

    @Test func aBadURLOrAnUnreachableServerIsAClearErrorAtOnce() throws {
        let secret = ["CURBSIDE_JWT_SECRET": ReplicaTests.secret]
        let bad = try serve(["--database", "postgres://"], environment: secret)
        #expect(bad.status != 0 && bad.stderr.contains("bad PostgreSQL URL"), "\(bad.stderr)")
        let refused = try serve([], environment: secret.merging(["CURBSIDE_DATABASE": "postgres://curbside@127.0.0.1:1/curbside"]) { a, _ in a })
        #expect(refused.status != 0 && refused.stderr.contains("cannot connect to postgres://curbside@127.0.0.1:1/curbside"), "\(refused.stderr)")
    }
}
