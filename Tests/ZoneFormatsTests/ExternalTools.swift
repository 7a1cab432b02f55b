import Foundation

/// The command-line tools the tests make their sample files with: GDAL's `ogr2ogr` (gdal-bin) and Python's
/// zipfile (for archives laid out exactly as a test needs).
enum ExternalTools {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `ogr2ogr` with `arguments`; throws with its standard error when it fails.
    static func ogr2ogr(_ arguments: String...) throws {
        try run("ogr2ogr", arguments)
    }

    /// Runs `ogr2ogr` with `arguments`; throws with its standard error when it fails.
    static func ogr2ogr(_ arguments: [String]) throws {
        try run("ogr2ogr", arguments)
    }

    /// Writes a zip at `archive` holding each file under its name in the archive.
    static func zip(_ archive: URL, _ entries: [(file: URL, name: String)]) throws {
        let script = "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n"
            + "    for i in range(2, len(sys.argv), 2): z.write(sys.argv[i], sys.argv[i + 1])\n"
        try run("python3", ["-c", script, archive.path] + entries.flatMap { [$0.file.path, $0.name] })
    }

    /// Every file under `folder`, named by its path from `folder`'s parent (so the folder is kept in the archive).
    static func filesUnder(_ folder: URL) throws -> [(file: URL, name: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return names.map { (folder.appendingPathComponent($0), folder.lastPathComponent + "/" + $0) }
    }

    private static func run(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) failed (\(process.terminationStatus)): \(message)")
        }
    }
}
