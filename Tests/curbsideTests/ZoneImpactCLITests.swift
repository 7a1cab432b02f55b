import Foundation
import Testing

/// `curbside zones impact` as a planner runs it: two zone files and a points CSV.
@Suite struct ZoneImpactCLITests {
    let cli = CLITests()

    /// The Austin sample without the Downtown Core zone, which Central Austin lies under.
    func proposed() throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: CLITests.austin))
        var collection = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let features = try #require(collection["features"] as? [[String: Any]])
        collection["features"] = features.filter { (($0["properties"] as? [String: Any])?["id"] as? String) != "sz_downtown_core" }
        let text = String(decoding: try JSONSerialization.data(withJSONObject: collection), as: UTF8.self)
        return try cli.temporaryFile("proposed.geojson", text)
    }

    @Test func movesAreTheRowsWhoseZoneChangesAndTheSummaryCountsThem() throws {
        let points = try cli.temporaryFile("properties.csv", """
            property_id,customer_name,address,lat,lng,zip
            capitol,"Texas, State of",1100 Congress Ave,30.2747,-97.7404,78701
            campus,UT,110 Inner Campus Dr,30.2862,-97.7394,78712
            airport,ABIA,3600 Presidential Blvd,30.1975,-97.6664,

            """)
        let output = try cli.temporaryFile("moves.csv", "")
        let outcome = try cli.curbside(
            "zones", "impact", "--current", CLITests.austin, "--proposed", try proposed(), "--points", points, "--output", output
        )
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let moves = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(moves.first == "property_id,customer_id,customer_name,address,lat,lng,from_zone_id,to_zone_id,zone_match_method")
        #expect(moves.count == 2, "only the Capitol moves: \(moves)")
        #expect(moves.last?.hasPrefix(#"capitol,,"Texas, State of",1100 Congress Ave,30.2747,-97.7404,sz_downtown_core,sz_central_austin,polygon"#) == true)
        #expect(outcome.stderr.contains("zones: 0 added, 1 removed, 0 changed"))
        #expect(outcome.stderr.contains("points: 3, moved 1"))
        #expect(outcome.stderr.contains("sz_downtown_core → sz_central_austin: 1"))
    }

    @Test func aPointsFileWithoutCoordinatesIsRefused() throws {
        let points = try cli.temporaryFile("bad.csv", "id,address\n1,Main St\n")
        let outcome = try cli.curbside("zones", "impact", "--current", CLITests.austin, "--proposed", CLITests.austin, "--points", points)
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("must name lat and lng"))
        let missing = try cli.curbside("zones", "impact", "--current", CLITests.austin, "--points", points)
        #expect(missing.status != 0 && missing.stderr.contains("--proposed"))
    }
}
