import Foundation
import Testing
@testable import ZoneIndex
import ZoneSynthesis

@Suite struct PointFileMatcherTests {
    let index: ZoneIndex
    let directory: URL

    init() throws {
        index = try ZoneIndex(zones: [
            Fixtures.zone("west", Fixtures.square(0, 0, 1, 1), zips: ["78701"]),
            Zone(id: "east", name: "East, \"the\" zone", zipCodes: ["78702"], boundary: .polygon(Polygon(exterior: Fixtures.square(1, 0, 2, 1)))),
        ])
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    private func run(_ csv: String, options: PointFileMatcher.Options = .init()) throws -> (String, PointFileMatcher.Summary, [PointFileRejection]) {
        let input = directory.appendingPathComponent("in.csv")
        let output = directory.appendingPathComponent("out.csv")
        try Data(csv.utf8).write(to: input)
        var rejections: [PointFileRejection] = []
        let summary = try PointFileMatcher(index: index, options: options).run(
            input: input.path, output: output.path, rejection: { rejections.append($0) }
        )
        return (try String(contentsOf: output, encoding: .utf8), summary, rejections)
    }

    @Test func matchesEveryRowInOrderAndSkipsMalformedOnes() throws {
        let csv = """
            \u{FEFF}name,LAT,lng,zip,id\r
            a,0.5,0.5,,1\r
            b,0.5,1.5,78701,2\r
            c,,,78702,3\r
            d,abc,0.5,,4\r
            e,0.5\r
            "f, with comma",5,5,78701,"multi
            line id"\r
            g,95,0.5,,7\r
            h,0.5,,,8\r
            i,5,5,,9\r
            \r
            j,0.5,1,,10
            """
        let (output, summary, rejections) = try run(csv)
        #expect(output == """
            id,zone_id,zone_name,method
            1,west,Zone west,polygon
            2,east,"East, ""the"" zone",polygon
            3,east,"East, ""the"" zone",zip
            "multi
            line id",west,Zone west,zip
            9,,,none
            10,west,Zone west,polygon

            """)
        #expect(rejections.map(\.line) == [5, 6, 9, 10])
        #expect(rejections.map(\.kind) == ["invalid lat", "too few fields", "invalid lat", "invalid lng"])
        #expect(rejections[0].message.contains("'abc'"))
        #expect(summary.rows == 6)
        #expect(summary.rejected == 4)
        #expect(summary.byMethod[.polygon] == 3 && summary.byMethod[.zip] == 2 && summary.byMethod[.none] == 1)
        #expect(summary.rejectionsByKind["invalid lat"] == 2)
    }

    @Test func outputOrderHoldsAcrossThreadsAndChunks() throws {
        let points = SyntheticPoints.uniform(5_000, in: BoundingBox(minX: -0.5, minY: -0.5, maxX: 2.5, maxY: 1.5), seed: 3)
        let csv = "id,lat,lng\n" + points.enumerated().map { "\($0),\($1.y),\($1.x)" }.joined(separator: "\n") + "\n"
        let (single, _, _) = try run(csv, options: .init(threads: 1, chunkRows: 1 << 16))
        let (parallel, summary, _) = try run(csv, options: .init(threads: 4, chunkRows: 777))
        #expect(single == parallel)
        #expect(summary.rows == 5_000)
        let lines = parallel.split(separator: "\n").dropFirst()
        #expect(lines.map { $0.split(separator: ",")[0] } == points.indices.map { Substring(String($0)) })
        for (line, point) in zip(lines, points) {
            let expected = try index.match(lat: point.y, lng: point.x).zone?.id ?? ""
            #expect(line.split(separator: ",", omittingEmptySubsequences: false)[1] == Substring(expected))
        }
    }

    @Test func aHeaderWithoutTheNeededColumnsFailsAndLeavesNoOutput() throws {
        #expect(throws: PointFileError.missingColumns(["lng"], header: "id,lat,zip")) { try run("id,lat,zip\n1,2,78701\n") }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.csv").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains("partial") }
        #expect(leftovers.isEmpty)
        #expect(throws: PointFileError.emptyInput) { try run("") }
    }

    @Test func headerAliasesAreAccepted() throws {
        let (output, _, _) = try run("ID,Latitude,Longitude,PostCode\n1,0.5,0.5,\n2,9,9,78702\n")
        #expect(output == "id,zone_id,zone_name,method\n1,west,Zone west,polygon\n2,east,\"East, \"\"the\"\" zone\",zip\n")
    }

    /// Quoted ids with commas, quotes and line breaks, mixed line endings and long lines, over several of the
    /// reader's 1 MiB blocks: every row comes out once, in order, with its id intact.
    @Test func recordsSurviveBlockBoundaries() throws {
        var rng = SplitMix64(seed: 41)
        var csv = "id,lat,lng\n"
        var expected = "id,zone_id,zone_name,method\n"
        var row = 0
        while csv.utf8.count < 3 << 20 {
            let lat = Double.random(in: -0.2...1.2, using: &rng), lng = Double.random(in: -0.2...2.2, using: &rng)
            var id: String
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: id = "\"r\(row)\nnext, line \"\"q\"\"\""
            case 1: id = "\"" + String(repeating: "x", count: Int.random(in: 1...3_000, using: &rng)) + "\n\(row)\""
            default: id = "r\(row)"
            }
            csv += "\(id),\(lat),\(lng)" + (Bool.random(using: &rng) ? "\r\n" : "\n")
            let match = try index.match(lat: lat, lng: lng)
            let zone = match.zone.map { CSVFields.escape($0.id) + "," + CSVFields.escape($0.name) } ?? ","
            expected += "\(id),\(zone),\(match.method.rawValue)\n"
            row += 1
        }
        let (output, summary, rejections) = try run(csv, options: .init(threads: 3, chunkRows: 1_000))
        #expect(rejections.isEmpty)
        #expect(summary.rows == row)
        #expect(output == expected)
    }
}
