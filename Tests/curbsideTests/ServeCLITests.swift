import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `curbside serve --demo`, `curbside token` and `curbside zones import` as a user runs them.
extension CLITests {
    @Test func serveDemoPrintsATokenThatWorks() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let db = directory.appendingPathComponent("demo.sqlite").path
        let port = freeLoopbackPort()
        let demo = try launchDemo(["serve", "--demo", "--metrics-port", "0", "--port", String(port), "--db", db, "--demo-zones", Self.austin])
        let (process, token, out, err) = (demo.process, demo.token, demo.out, demo.err)
        var printed = demo.printed
        defer { if process.isRunning { process.terminate() } }
        #expect(FileManager.default.fileExists(atPath: db + ".jwt-secret"))

        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/match-zone")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        request.httpBody = Data(#"{"lat":30.2747,"lng":-97.7404}"#.utf8)
        var answer: String?
        for _ in 0..<100 where answer == nil {
            if let (data, _) = try? await URLSession.shared.data(for: request) { answer = String(decoding: data, as: UTF8.self) } else {
                try await Task.sleep(for: .milliseconds(200))
            }
        }
        #expect(answer == #"{"method":"polygon","zone_id":"sz_downtown_core","zone_name":"Downtown Core"}"#)

        // A token made by `curbside token` with the same database's secret is accepted too; the tenant has no zones.
        let other = try curbside("token", "--tenant", "acme", "--db", db)
        #expect(other.status == 0)
        request.setValue("Bearer \(other.stdout.trimmingCharacters(in: .whitespacesAndNewlines))", forHTTPHeaderField: "Authorization")
        let (data, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains(#""method":"none""#))

        // A new customer with an e-mail gets its welcome e-mail through the outbox worker, recorded once.
        var create = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/customers")!)
        create.httpMethod = "POST"
        create.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        create.httpBody = Data(#"{"name":"Wel Come","email":"welcome@example.com","address":"1100 E 6th St, Austin, TX 78702"}"#.utf8)
        let (created, _) = try await URLSession.shared.data(for: create)
        let customerID = try #require((try JSONSerialization.jsonObject(with: created) as? [String: Any])?["id"] as? String)
        var export = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/customers/\(customerID)/export")!)
        export.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        var communications = 0
        for _ in 0..<50 where communications == 0 {
            try await Task.sleep(for: .milliseconds(200))
            let (data, _) = try await URLSession.shared.data(for: export)
            communications = ((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["communications"] as? [Any])?.count ?? 0
        }
        #expect(communications == 1)

        // A refused token is not echoed anywhere either.
        request.setValue("Bearer leaked.token-value.never-logged", forHTTPHeaderField: "Authorization")
        let (_, refused) = try await URLSession.shared.data(for: request)
        #expect((refused as? HTTPURLResponse)?.statusCode == 401)

        process.terminate()
        process.waitUntilExit()
        let logs = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        printed += String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(logs.contains("seeded tenant \"demo\": 14 zones, 2 service plans, 26 route templates"))
        // Neither the signing secret nor any token reaches the logs (standard output prints the demo token once, by design).
        let secret = try String(contentsOfFile: db + ".jwt-secret", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.count >= 32)
        for text in [logs, printed] { #expect(!text.contains(secret)) }
        for leaked in [String(token), "leaked.token-value.never-logged", other.stdout.trimmingCharacters(in: .whitespacesAndNewlines)] {
            #expect(!logs.contains(leaked))
        }
        #expect(printed.components(separatedBy: String(token)).count == 2)
    }

    @Test func zonesImportLoadsAFileAllOrNothing() throws {
        let db = try temporaryFile("zones.sqlite", "")
        try FileManager.default.removeItem(atPath: db)
        let first = try curbside("zones", "import", Self.austin, "--tenant", "acme", "--db", db)
        #expect(first.status == 0)
        #expect(first.stderr.contains("imported 14 zones for tenant \"acme\""))
        #expect(first.stderr.contains("14 new, 0 replaced"))
        let again = try curbside("zones", "import", Self.austin, "--tenant", "acme", "--db", db)
        #expect(again.stderr.contains("0 new, 14 replaced"))
        let broken = try temporaryFile("broken.geojson", #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"sz_bad"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}}]}"#)
        let failed = try curbside("zones", "import", broken, "--tenant", "acme", "--db", db)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("Self-intersection"))
    }

    /// Export then import with --replace gives the same zones, and exporting those gives the same bytes.
    @Test func zonesExportReadsBackUnchanged() throws {
        let db = try temporaryFile("export.sqlite", "")
        try FileManager.default.removeItem(atPath: db)
        #expect(try curbside("zones", "import", Self.austin, "--tenant", "acme", "--db", db).status == 0)
        let exported = db + ".geojson"
        let export = try curbside("zones", "export", "--tenant", "acme", "--db", db, "--format", "geojson", "-o", exported)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr.contains("wrote 14 zones"))
        let extra = try temporaryFile("extra.geojson", #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"sz_extra"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}}]}"#)
        #expect(try curbside("zones", "import", extra, "--tenant", "acme", "--db", db).status == 0)
        let replaced = try curbside("zones", "import", exported, "--tenant", "acme", "--db", db, "--replace")
        #expect(replaced.status == 0)
        #expect(replaced.stderr.contains("0 new, 14 replaced, 1 removed"))
        let again = db + ".again.geojson"
        #expect(try curbside("zones", "export", "--tenant", "acme", "--db", db, "-o", again).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: exported)) == Data(contentsOf: URL(fileURLWithPath: again)))
        let point = try curbside("match", "--zones", exported, "--lat", "30.2747", "--lng", "-97.7404")
        #expect(point.stdout.contains(#""zone_id":"sz_downtown_core""#))
        let empty = try curbside("zones", "export", "--tenant", "nobody", "--db", db, "-o", db + ".none.geojson")
        #expect(empty.status == 0)
        #expect(empty.stderr.contains("wrote 0 zones"))
    }
}
