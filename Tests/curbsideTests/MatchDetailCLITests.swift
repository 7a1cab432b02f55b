import Foundation
import Testing

/// `curbside match --detail`, for one point and for a point file.
@Suite struct MatchDetailCLITests {
    let cli = CLITests()

    func json(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    @Test func matchDetailPrintsTheDistances() throws {
        let capitol = try cli.curbside("match", "--zones", CLITests.austin, "--lat", "30.2747", "--lng", "-97.7404", "--detail")
        #expect(capitol.status == 0)
        let inside = json(capitol.stdout)
        #expect(inside["zone_id"] as? String == "sz_downtown_core" && inside["method"] as? String == "polygon")
        #expect((inside["boundary_distance_m"] as? Double ?? -1) > 0)
        #expect(inside["nearest_zone_id"] == nil)
        let nowhere = json(try cli.curbside("match", "--zones", CLITests.austin, "--lat", "40", "--lng", "-75", "--detail").stdout)
        #expect(nowhere["method"] as? String == "none")
        #expect((nowhere["nearest_zone_id"] as? String)?.hasPrefix("sz_") == true)
        let metres = nowhere["nearest_distance_m"] as? Double ?? -1
        #expect(metres > 2_000_000 && metres < 2_500_000)
    }

    @Test func matchDetailAddsColumnsToAPointFile() throws {
        let input = try cli.temporaryFile("points.csv", "id,lat,lng,zip\n1,30.2747,-97.7404,\n2,30.1975,-97.6664,78719\n3,x,1,\n4,40,-75,\n")
        let output = input + ".out.csv"
        let result = try cli.curbside("match", "--zones", CLITests.austin, "--input", input, "--output", output, "--threads", "2", "--detail")
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["id", "zone_id", "zone_name", "method", "boundary_distance_m", "nearest_zone_id", "nearest_distance_m"])
        #expect(rows.count == 4)
        guard rows.count == 4 else { return }
        // The same metres as the single-point answer.
        let single = json(try cli.curbside("match", "--zones", CLITests.austin, "--lat", "30.2747", "--lng", "-97.7404", "--detail").stdout)
        #expect(rows[1] == ["1", "sz_downtown_core", "Downtown Core", "polygon", "\(single["boundary_distance_m"] as? Double ?? -1)", "", ""])
        #expect(rows[2][3] == "zip" && Double(rows[2][4]) != nil && rows[2][5].hasPrefix("sz_") && rows[2][6] == rows[2][4])
        let far = json(try cli.curbside("match", "--zones", CLITests.austin, "--lat", "40", "--lng", "-75", "--detail").stdout)
        #expect(rows[3] == ["4", "", "", "none", "\(far["boundary_distance_m"] as? Double ?? -1)", far["nearest_zone_id"] as? String ?? "?", "\(far["nearest_distance_m"] as? Double ?? -1)"])
    }
}
