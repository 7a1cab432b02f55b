import Foundation
import Testing

/// `curbside normalize` and `curbside geocode`.
extension CLITests {
    @Test func normalizePrintsTheCanonicalForm() throws {
        let outcome = try curbside("normalize", "456 Oak Avenue, Austin, Texas 78702-1234")
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "456 OAK AVE, AUSTIN, TX 78702\n")
        let json = try curbside("normalize", "--json", "123 N. Lamar Blvd., Apt. 4, Austin, TX")
        #expect(json.stdout.contains(#""preDirectional":"N""#) && json.stdout.contains(#""unitNumber":"4""#))
    }

    @Test func normalizeFailsOnNonsense() throws {
        let outcome = try curbside("normalize", "hello world")
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr.contains("cannot parse address"))
    }

    @Test func geocodePrintsTheResultAsJSON() throws {
        let db = try temporaryFile("cache.sqlite", "")
        try FileManager.default.removeItem(atPath: db)
        let first = try curbside("geocode", "--db", db, "456 Oak Avenue, Austin, TX 78702")
        #expect(first.status == 0)
        let result = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any]
        #expect(result?["precision"] as? String == "postcode")
        #expect(result?["source"] as? String == "offline")
        #expect(result?["postcode"] as? String == "78702")
        #expect((result?["lat"] as? Double).map { abs($0 - 30.2638) < 1e-9 } == true)
        #expect(result?["cached"] as? Bool == false)
    }

    @Test func geocodeExitsOneWhenNothingIsFound() throws {
        let outcome = try curbside("geocode", "--no-cache-file", "1 Main St, Xyzzyville, TX")
        #expect(outcome.status == 1)
        #expect(outcome.stderr.contains("found no match"))
        let unknown = try curbside("geocode", "--no-cache-file", "--geocoder", "bogus", "1 Main St, Austin, TX")
        #expect(unknown.status == 1 && unknown.stderr.contains("unknown geocoder"))
    }

    @Test func geocodeAFileWritesEveryRowInOrderWithASummary() throws {
        let input = try temporaryFile("addresses.csv", """
            id,address
            a1,"456 Oak Avenue, Austin, TX 78702"
            a2,"200 Congress Ave, Austin, TX 78701"
            a3,hello world
            a4,"1 Main St, Xyzzyville, TX"
            a5,"Cedar Park, Texas"
            a6,"456 OAK AVE AUSTIN TX 78702-1234"
            """)
        let points = try temporaryFile("points.csv", """
            LON,LAT,NUMBER,STREET,UNIT,CITY,DISTRICT,REGION,POSTCODE
            -97.7433,30.2670,200,Congress Avenue,,Austin,,TX,78701
            """)
        let output = input.replacingOccurrences(of: "addresses.csv", with: "out.csv")
        let outcome = try curbside("geocode", "--no-cache-file", "--concurrency", "1", "--address-points", points, "--input", input, "--output", output)
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains(
            "geocoded 6 rows with offline: 4 located (rooftop 1, street 0, postcode 2, city 1), 0 too coarse to locate (region 0, country 0); "
                + "1 not found, 1 unparseable, 0 failed; 1 from the cache"
        ))
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 7)
        #expect(lines[0] == "id,address,normalized,lat,lng,formatted_address,postcode,precision,source,confidence,cached,error")
        #expect(lines.dropFirst().map { $0.prefix(2) } == ["a1", "a2", "a3", "a4", "a5", "a6"])
        #expect(lines[2].contains("30.267,-97.7433") && lines[2].contains(",rooftop,offline,"))
        #expect(lines[3].contains("cannot parse address"))
        #expect(lines[6].hasSuffix(",true,"))
    }
}
