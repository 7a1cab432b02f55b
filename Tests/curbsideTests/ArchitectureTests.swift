import Foundation
import Testing

/// The module boundaries `docs/architecture.md` draws, checked on every source file.
@Suite("Architecture")
struct ArchitectureTests {
    static let sources = CLITests.root.appendingPathComponent("Sources")

    /// What each module must never import.
    static let forbidden: [String: Set<String>] = [
        "Geodesy": ["ZoneIndex", "Zones", "ZoneSynthesis", "ZoneFormats", "CGEOS", "CGDAL", "OutgoingHTTP", "Geocoding", "Customers", "Integrations",
                    "CurbsideStore", "CurbsideAPI", "GRDB", "PostgresNIO", "Hummingbird", "AsyncHTTPClient"],
        "ZoneIndex": ["Zones", "ZoneSynthesis", "ZoneFormats", "CGDAL", "CGDALLoader", "OutgoingHTTP", "Geocoding", "Customers", "Integrations", "CurbsideStore", "CurbsideAPI",
                      "GRDB", "PostgresNIO", "Hummingbird", "AsyncHTTPClient"],
        "ZoneFormats": ["Zones", "ZoneSynthesis", "OutgoingHTTP", "Geocoding", "Customers", "Integrations", "CurbsideStore", "CurbsideAPI",
                        "GRDB", "PostgresNIO", "Hummingbird", "AsyncHTTPClient"],
        "Zones": ["Customers", "Geocoding", "Integrations", "CurbsideStore", "CurbsideAPI", "GRDB", "PostgresNIO", "Hummingbird"],
        "OutgoingHTTP": ["ZoneIndex", "Zones", "Geocoding", "Customers", "Integrations", "CurbsideStore", "CurbsideAPI", "GRDB", "PostgresNIO",
                         "Hummingbird"],
        "Geocoding": ["Customers", "Integrations", "CurbsideStore", "CurbsideAPI", "GRDB", "PostgresNIO", "Hummingbird"],
        "Customers": ["Integrations", "CurbsideStore", "CurbsideAPI", "GRDB", "PostgresNIO", "Hummingbird", "AsyncHTTPClient"],
        "Integrations": ["CurbsideStore", "CurbsideAPI", "GRDB", "PostgresNIO", "Hummingbird"],
        "CurbsideStore": ["Integrations", "CurbsideAPI", "Hummingbird"],
        "CurbsideAPI": ["GRDB", "PostgresNIO"],
        "curbside": ["GRDB", "PostgresNIO"],
    ]

    /// The Swift files of `module` with their text.
    static func files(of module: String) throws -> [(name: String, text: String)] {
        let directory = sources.appendingPathComponent(module)
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        return try walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.map {
            ($0.path.replacingOccurrences(of: sources.path + "/", with: ""), try String(contentsOf: $0, encoding: .utf8))
        }
    }

    /// The modules a file imports.
    static func imports(_ text: String) -> Set<String> {
        Set(text.split(separator: "\n").compactMap { line -> String? in
            let words = line.split(separator: " ").map(String.init).filter { !$0.hasPrefix("@") && !["public", "package", "internal"].contains($0) }
            guard words.count >= 2, words[0] == "import" else { return nil }
            return words[1].split(separator: ".").first.map(String.init)
        })
    }

    @Test(arguments: forbidden.keys.sorted())
    func moduleImportsOnlyWhatItMay(_ module: String) throws {
        let files = try Self.files(of: module)
        #expect(!files.isEmpty, "no sources for \(module)")
        for file in files {
            let wrong = Self.imports(file.text).intersection(Self.forbidden[module]!)
            #expect(wrong.isEmpty, "\(file.name) imports \(wrong.sorted())")
        }
    }

    @Test func noStoreRowTypeAboveTheStore() throws {
        let record = try Regex(#"\b[A-Z][A-Za-z]*Record\b"#)
        for module in ["CurbsideAPI", "curbside", "Customers", "Zones", "Integrations"] {
            for file in try Self.files(of: module) {
                let names = file.text.matches(of: record).map { String(file.text[$0.range]) }.filter { $0 != "GeocodeCacheRecord" }
                #expect(names.isEmpty, "\(file.name) names \(Set(names).sorted())")
            }
        }
    }

    @Test func onlyTheConfigurationReadsTheEnvironment() throws {
        let readers = ["processInfo.environment", "getenv("]
        let allowed: Set<String> = ["curbside/CurbsideConfiguration+Process.swift"]
        let modules = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path)
        for module in modules {
            for file in try Self.files(of: module) where !allowed.contains(file.name) {
                let found = readers.filter { file.text.contains($0) }
                #expect(found.isEmpty, "\(file.name) reads the environment (\(found))")
            }
        }
        let configuration = try String(contentsOf: Self.sources.appendingPathComponent("curbside/CurbsideConfiguration+Process.swift"), encoding: .utf8)
        #expect(configuration.components(separatedBy: "processInfo.environment").count == 2, "one place reads the process environment")
    }
}
