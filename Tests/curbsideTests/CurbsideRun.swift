import Foundation

/// Runs the built `curbside` with `arguments` until it exits; returns its status and standard error. With
/// `environment`, the process gets exactly that (and `PATH`), else this process's environment.
func runCurbside(_ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, stderr: String) {
    let process = Process()
    process.executableURL = Bundle.main.bundleURL.appendingPathComponent("curbside")
    process.arguments = arguments
    if let environment {
        process.environment = environment.merging(["PATH": ProcessInfo.processInfo.environment["PATH"] ?? ""]) { given, _ in given }
    }
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, stderr)
}
