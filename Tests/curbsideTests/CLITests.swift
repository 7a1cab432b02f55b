import Foundation
import Testing

/// The `curbside` executable as a user runs it.
@Suite struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let austin = root.appendingPathComponent("zones/austin.geojson").path

    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Runs the built `curbside` with `arguments`.
    func curbside(_ arguments: String...) throws -> Outcome {
        let binary = Bundle.main.bundleURL.appendingPathComponent("curbside")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    func temporaryFile(_ name: String, _ contents: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    @Test func matchPrintsTheZoneAsJSON() throws {
        let capitol = try curbside("match", "--zones", Self.austin, "--lat", "30.2747", "--lng", "-97.7404")
        #expect(capitol.status == 0)
        #expect(capitol.stdout == #"{"method":"polygon","zone_id":"sz_downtown_core","zone_name":"Downtown Core"}"# + "\n")
        let airport = try curbside("match", "--zones", Self.austin, "--lat", "30.1975", "--lng", "-97.6664", "--zip", "78719")
        #expect(airport.stdout.contains(#""method":"zip","zone_id":"sz_southeast_del_valle""#))
        let nowhere = try curbside("match", "--zones", Self.austin, "--lat", "40", "--lng", "-75")
        #expect(nowhere.stdout == #"{"method":"none","zone_id":null,"zone_name":null}"# + "\n")
    }

    @Test func badInputIsAnErrorNotACrash() throws {
        let outOfRange = try curbside("match", "--zones", Self.austin, "--lat", "95", "--lng", "-97")
        #expect(outOfRange.status == 1)
        #expect(outOfRange.stderr.contains("latitude 95.0"))
        let missing = try curbside("match", "--zones", "/nonexistent.geojson", "--lat", "30", "--lng", "-97")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent.geojson"))
        let usage = try curbside("match", "--zones", Self.austin)
        #expect(usage.status == 64)
    }

    @Test func validateListsEveryProblemAndFails() throws {
        #expect(try curbside("zones", "validate", Self.austin).status == 0)
        let bad = try temporaryFile("bad.geojson", """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"id":"sz_bowtie"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}},
            {"type":"Feature","properties":{"id":"sz_open"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}}]}
            """)
        let result = try curbside("zones", "validate", bad)
        #expect(result.status == 1)
        #expect(result.stderr.contains("id sz_bowtie): invalid boundary: Self-intersection"))
        #expect(result.stderr.contains("id sz_open): exterior ring is not closed"))
        #expect(result.stderr.contains("pass --repair for those that say repairing fixes them"))
        let fixed = bad + ".fixed.geojson"
        let repaired = try curbside("zones", "validate", "--repair", bad, "--output", fixed)
        #expect(repaired.status == 0)
        #expect(repaired.stderr.contains("repaired with GEOS MakeValid"))
        #expect(try curbside("zones", "validate", fixed).status == 0)
    }

    /// Natural Earth's countries: one position is 180.00000000000006. The file validates and matches, with a note.
    @Test func noiseAtTheAntimeridianIsANoteNotAnError() throws {
        let path = try temporaryFile("edge.geojson", """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"id":"fj"},"geometry":{"type":"MultiPolygon","coordinates":[
              [[[178,-18],[180.00000000000006,-18],[180,-16],[178,-16],[178,-18]]],
              [[[-180,-18],[-179,-18],[-179,-16],[-180,-16],[-180,-18]]]]}},
            {"type":"Feature","properties":{"id":"far"},"geometry":{"type":"Polygon","coordinates":[[[1e6,2e6],[1.1e6,2e6],[1.1e6,2.1e6],[1e6,2e6]]]}}]}
            """)
        let result = try curbside("zones", "validate", path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("id fj): moved 1 position"))
        #expect(!result.stderr.contains("id fj): exterior"))
        #expect(result.stderr.contains("id far)"))
        #expect(result.stderr.contains("looks projected; name the file's CRS"))
        // Nothing here is for --repair to fix, so the summary does not suggest it.
        #expect(result.stderr.contains("fix them in the files"))
        #expect(!result.stderr.contains("--repair"))
        let good = try temporaryFile("fiji.geojson", """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"id":"fj"},"geometry":{"type":"Polygon","coordinates":[[[178,-18],[-179,-18],[-179,-16],[178,-16],[178,-18]]]}}]}
            """)
        let east = try curbside("match", "--zones", good, "--lat", "-17", "--lng", "179.5")
        #expect(east.status == 0)
        #expect(east.stdout.contains(#""zone_id":"fj""#))
        #expect(east.stderr.contains("antimeridian"))
        let west = try curbside("match", "--zones", good, "--lat", "-17", "--lng", "-179.5")
        #expect(west.stdout.contains(#""zone_id":"fj""#))
    }

    @Test func matchStreamsAPointFile() throws {
        let input = try temporaryFile("points.csv", "id,lat,lng,zip\n1,30.2747,-97.7404,\n2,30.1975,-97.6664,78719\n3,x,1,\n4,40,-75,\n")
        let output = input + ".out.csv"
        let result = try curbside("match", "--zones", Self.austin, "--input", input, "--output", output, "--threads", "2")
        #expect(result.status == 0)
        let written = try String(contentsOfFile: output, encoding: .utf8)
        #expect(written == """
            id,zone_id,zone_name,method
            1,sz_downtown_core,Downtown Core,polygon
            2,sz_southeast_del_valle,Southeast Austin / Del Valle (excl. Austin-Bergstrom Airport),zip
            4,,,none

            """)
        #expect(result.stderr.contains("skipped line 4: lat 'x' is not a number"))
        #expect(result.stderr.contains("matched 3 rows (polygon 1, zip 1, none 1); skipped 1 (invalid lat 1)"))
        #expect(result.stderr.contains("points/s"))
    }

    @Test func generatedZonesValidateAndMatch() throws {
        let path = try temporaryFile("gen.geojson", "")
        let generated = try curbside("zones", "generate", "--count", "50", "--vertices", "30", "--seed", "4", "--output", path)
        #expect(generated.status == 0)
        let validated = try curbside("zones", "validate", path)
        #expect(validated.status == 0)
        #expect(validated.stdout.hasPrefix("50 zones valid"))
        let match = try curbside("match", "--zones", path, "--lat", "30.5", "--lng", "-97.5")
        #expect(match.stdout.contains(#""method":"polygon""#))
    }
}
