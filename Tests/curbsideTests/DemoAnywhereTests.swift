import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `curbside serve --demo` as an installed binary runs it: from a directory with no repository around it.
extension CLITests {
    @Test func serveDemoRunsFromAnyDirectory() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-anywhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let port = Int.random(in: 20_000...60_000)
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("curbside")
        process.currentDirectoryURL = directory
        process.arguments = ["serve", "--demo", "--port", String(port)]
        var environment = ProcessInfo.processInfo.environment
        for name in ["CURBSIDE_JWT_SECRET", "CURBSIDE_DATABASE", "CURBSIDE_DB"] { environment[name] = nil }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        var printed = ""
        let deadline = Date().addingTimeInterval(60)
        while !printed.contains("curl -s http"), Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        let token = try #require(printed.split(separator: "\n").first { $0.hasPrefix("export TOKEN=") }?.dropFirst("export TOKEN=".count))
        // The database and its secret are where a user running it would look: the working directory.
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("curbside.sqlite").path))

        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)/api/service-zones")!)
        request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization")
        var zones: [[String: Any]]?
        for _ in 0..<100 where zones == nil {
            if let (data, _) = try? await URLSession.shared.data(for: request) {
                zones = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["data"] as? [[String: Any]]
            } else {
                try await Task.sleep(for: .milliseconds(200))
            }
        }
        let ids = try #require(zones).compactMap { $0["id"] as? String }
        #expect(ids.count == 14 && ids.contains("sz_downtown_core"), "\(ids)")
    }
}
