import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// A `curbside serve` process on a SQLite file, driven over HTTP with a token for one tenant, that can be
/// killed with SIGKILL and started again on the same file.
final class ServerProcess {
    let database: String
    let port: Int
    let environment: [String: String]
    /// The metrics listener's port (0: any free one).
    let metricsPort: Int
    private(set) var process: Process?
    private(set) var token = ""

    init(database: String, environment: [String: String] = [:], metricsPort: Int = 0) {
        self.database = database
        self.metricsPort = metricsPort
        self.port = freeLoopbackPort()
        self.environment = environment
    }

    deinit { if let process, process.isRunning { kill(process.processIdentifier, SIGKILL) } }

    /// Starts the server and waits until it answers `/healthz`; the token is for tenant `acme`.
    func start() async throws {
        let binary = Bundle.main.bundleURL.appendingPathComponent("curbside")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", String(port), "--db", database, "--metrics-port", String(metricsPort)]
        var environment = ProcessInfo.processInfo.environment
        environment["CURBSIDE_JWT_SECRET"] = nil
        for (name, value) in self.environment { environment[name] = value }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        self.process = process
        for _ in 0..<300 {
            if let (_, status) = try? await request("GET", "/healthz"), status == 200 { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(try await request("GET", "/healthz").status == 200)

        let tokenProcess = Process()
        tokenProcess.executableURL = binary
        tokenProcess.arguments = ["token", "--tenant", "acme", "--db", database]
        tokenProcess.environment = environment
        let out = Pipe()
        tokenProcess.standardOutput = out
        try tokenProcess.run()
        token = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        tokenProcess.waitUntilExit()
    }

    /// Runs `curbside zones import` of `file` for tenant `acme` into the database.
    func importZones(_ file: String) throws {
        let process = Process()
        process.executableURL = Bundle.main.bundleURL.appendingPathComponent("curbside")
        process.arguments = ["zones", "import", file, "--tenant", "acme", "--db", database]
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// Kills the server with SIGKILL (no shutdown of any kind) and waits for it to be gone.
    func kill9() {
        guard let process else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL)
    }

    func stop() {
        guard let process, process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    /// A client for the running server with the current token.
    var client: ServerClient { ServerClient(port: port, token: token) }

    func request(_ method: String, _ path: String, json: Any? = nil) async throws -> (body: Data, status: Int) {
        try await client.request(method, path, json: json.map(JSONBody.init))
    }

    /// The `total` of `GET /api/customers?search=…`.
    func customerCount(matching search: String) async throws -> Int {
        let query = search.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? search
        let (body, status) = try await request("GET", "/api/customers?limit=1&search=\(query)")
        #expect(status == 200)
        return (try JSONSerialization.jsonObject(with: body) as? [String: Any])?["total"] as? Int ?? -1
    }
}

/// A JSON request body, encoded.
struct JSONBody: Sendable {
    let data: Data
    init(_ object: Any) { data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data() }
}

/// Requests to a server on loopback, with a bearer token when there is one.
struct ServerClient: Sendable {
    let port: Int
    let token: String

    /// `method path` with an optional JSON body.
    func request(_ method: String, _ path: String, json: JSONBody? = nil) async throws -> (body: Data, status: Int) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!, timeoutInterval: 120)
        request.httpMethod = method
        if !token.isEmpty { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let json {
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = json.data
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        return (data, (response as? HTTPURLResponse)?.statusCode ?? 0)
    }
}
