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
        let port = freeLoopbackPort()
        let demo = try launchDemo(["serve", "--demo", "--metrics-port", "0", "--port", String(port)], in: directory)
        let (process, token) = (demo.process, demo.token)
        defer { if process.isRunning { process.terminate() } }
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

    /// Starts `curbside` with `arguments` in `directory` (no JWT secret nor database in its environment) and reads
    /// the demo token it prints.
    func launchDemo(_ arguments: [String], in directory: URL? = nil) throws -> DemoServer {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("curbside")
        if let directory { process.currentDirectoryURL = directory }
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        for name in ["CURBSIDE_JWT_SECRET", "CURBSIDE_DATABASE", "CURBSIDE_DB"] { environment[name] = nil }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // The token line comes before the server starts listening.
        var printed = ""
        let deadline = Date().addingTimeInterval(60)
        while !printed.contains("curl -s http"), Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        guard let token = printed.split(separator: "\n").first(where: { $0.hasPrefix("export TOKEN=") })?.dropFirst("export TOKEN=".count) else {
            process.terminate()
            throw DemoLaunchError(printed: printed)
        }
        return DemoServer(process: process, token: token, out: out, err: err, printed: printed)
    }
}

/// A running `curbside serve --demo`: its process, the token it printed, its output pipes and what it printed so far.
struct DemoServer {
    let process: Process
    let token: Substring
    let out: Pipe
    let err: Pipe
    let printed: String
}

/// `curbside serve --demo` printed no token.
struct DemoLaunchError: Error {
    let printed: String
}
