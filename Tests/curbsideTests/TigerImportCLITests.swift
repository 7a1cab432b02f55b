import Foundation
import Testing

/// `curbside geocoder import-tiger`, then `geocode` and `reverse-geocode` at street level, on ADDRFEAT files written
/// by `ogr2ogr` with the TIGER/Line field names, types and widths.
@Suite struct TigerImportCLITests {
    /// The ADDRFEAT columns (TIGER/Line technical documentation: TLID N10, FULLNAME C100, house numbers C12, ZIPs C5,
    /// parity C1) and a geometry column.
    static let header = "WKT,TLID,FULLNAME,LFROMHN,LTOHN,RFROMHN,RTOHN,ZIPL,ZIPR,PARITYL,PARITYR,OFFSETL,OFFSETR"
    static let types = "\"WKT\",\"Integer64(10)\",\"String(100)\",\"String(12)\",\"String(12)\",\"String(12)\",\"String(12)\","
        + "\"String(5)\",\"String(5)\",\"String(1)\",\"String(1)\",\"String(1)\",\"String(1)\""

    /// Congress Ave in 78701: 1100–1198 / 1101–1199 on the first edge, the next block coded the other way, and
    /// Oak St in 78702; `first` replaces the first edge's numbers.
    static func rows(first: (String, String, String, String) = ("1101", "1199", "1100", "1198")) -> [String] {
        [
            "\"LINESTRING (-97.742 30.274,-97.7415 30.276)\",10001,Congress Ave,\(first.0),\(first.1),\(first.2),\(first.3),78701,78701,O,E,N,N",
            "\"LINESTRING (-97.741 30.278,-97.7415 30.276)\",10002,Congress Ave,1299,1201,1298,1200,78701,78701,O,E,N,N",
            "\"LINESTRING (-97.72 30.264,-97.718 30.264)\",10003,Oak St,,,100,198,78702,78702,,E,N,N",
        ]
    }

    /// `rows` as a zipped shapefile named like the Census Bureau's (`tl_2024_48453_addrfeat.zip`), in NAD83.
    static func addrfeat(_ rows: [String], county: String = "48453") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-tiger-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let name = "tl_2024_\(county)_addrfeat"
        let csv = directory.appendingPathComponent(name + ".csv")
        try ([header] + rows).joined(separator: "\n").write(to: csv, atomically: true, encoding: .utf8)
        try types.write(to: directory.appendingPathComponent(name + ".csvt"), atomically: true, encoding: .utf8)
        let zipped = directory.appendingPathComponent(name + ".shp.zip").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "ogr2ogr", "-f", "ESRI Shapefile", "-a_srs", "EPSG:4269", "-oo", "GEOM_POSSIBLE_NAMES=WKT", "-oo", "KEEP_GEOM_COLUMNS=NO",
            "-nln", name, zipped, csv.path,
        ]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "ogr2ogr failed")
        let archive = directory.appendingPathComponent(name + ".zip").path
        try FileManager.default.moveItem(atPath: zipped, toPath: archive)
        return archive
    }

    func database() throws -> String {
        let path = try CLITests().temporaryFile("tiger.sqlite", "")
        try FileManager.default.removeItem(atPath: path)
        return path
    }

    func geocode(_ address: String, _ db: String) throws -> [String: Any] {
        let outcome = try CLITests().curbside("geocode", address, "--database", db, "--no-cache-file")
        try #require(outcome.status == 0, "\(outcome.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    }

    @Test func anImportedCountyAnswersAtStreetLevel() throws {
        let db = try database()
        let before = try geocode("1150 Congress Ave, Austin, TX 78701", db)
        #expect(before["precision"] as? String == "postcode")
        let imported = try CLITests().curbside("geocoder", "import-tiger", try Self.addrfeat(Self.rows()), "--database", db)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("county 48453 (tl_2024_48453_addrfeat.zip): 3 features → 3 edges, 5 address ranges"))
        #expect(imported.stderr.contains("imported 1 county"))
        let street = try geocode("1150 Congress Ave, Austin, TX 78701", db)
        #expect(street["precision"] as? String == "street")
        #expect(street["source"] as? String == "tiger")
        #expect(street["formatted_address"] as? String == "1150 CONGRESS AVE, AUSTIN, TX 78701")
        // Half way along the first edge, five metres east of it (even numbers are on the right, heading north).
        let lat = try #require(street["lat"] as? Double), lng = try #require(street["lng"] as? Double)
        #expect(abs(lat - 30.27502) < 0.00005)
        #expect(lng > -97.74175 && lng < -97.7416)
        // Oak St has numbers on its right side only.
        #expect(try geocode("150 Oak St, Austin, TX 78702", db)["precision"] as? String == "street")
        #expect(try geocode("151 Oak St, Austin, TX 78702", db)["precision"] as? String == "postcode")
    }

    @Test func importingACountyAgainReplacesIt() throws {
        let db = try database()
        #expect(try CLITests().curbside("geocoder", "import-tiger", try Self.addrfeat(Self.rows()), "--database", db).status == 0)
        #expect(try geocode("1150 Congress Ave, Austin, TX 78701", db)["confidence"] as? Double == 0.9)
        let renumbered = try Self.addrfeat(Self.rows(first: ("2101", "2199", "2100", "2198")))
        let again = try CLITests().curbside("geocoder", "import-tiger", renumbered, "--database", db)
        #expect(again.status == 0, "\(again.stderr)")
        // 1150 is no longer in a range: only placed at the end of the next block's (1200), with less confidence.
        let old = try geocode("1150 Congress Ave, Austin, TX 78701", db)
        #expect(try #require(old["confidence"] as? Double) < 0.6)
        #expect(try geocode("2150 Congress Ave, Austin, TX 78701", db)["precision"] as? String == "street")
        // Another county is added beside it.
        let other = try Self.addrfeat(["\"LINESTRING (-97.70 30.30,-97.70 30.302)\",20001,Elm St,101,199,100,198,78702,78702,O,E,N,N"], county: "48491")
        #expect(try CLITests().curbside("geocoder", "import-tiger", other, "--database", db).status == 0)
        #expect(try geocode("150 Elm St, Austin, TX 78702", db)["precision"] as? String == "street")
        #expect(try geocode("2150 Congress Ave, Austin, TX 78701", db)["precision"] as? String == "street")
    }

    @Test func reverseGeocodeNamesTheHouseOnThePointsSide() throws {
        let db = try database()
        #expect(try CLITests().curbside("geocoder", "import-tiger", try Self.addrfeat(Self.rows()), "--database", db).status == 0)
        let east = try CLITests().curbside("reverse-geocode", "--lat", "30.275", "--lng", "-97.7416", "--database", db)
        #expect(east.status == 0, "\(east.stderr)")
        let answer = try #require(try JSONSerialization.jsonObject(with: Data(east.stdout.utf8)) as? [String: Any])
        #expect(answer["precision"] as? String == "street" && answer["source"] as? String == "tiger")
        #expect(answer["street"] as? String == "CONGRESS AVE" && answer["postcode"] as? String == "78701")
        let number = try #require(Int(answer["number"] as? String ?? ""))
        #expect(number % 2 == 0 && (1140...1160).contains(number))
        let far = try CLITests().curbside("reverse-geocode", "--lat", "30.2428", "--lng", "-97.7658", "--database", db)
        #expect(far.stdout.contains(#""precision":"postcode""#))
        let bad = try CLITests().curbside("reverse-geocode", "--lat", "91", "--lng", "0")
        #expect(bad.status != 0 && bad.stderr.contains("--lat must be between -90 and 90"))
    }

    @Test func aFileThatIsNotAnAddressRangeFileIsRefused() throws {
        let db = try database()
        let zones = try CLITests().curbside("geocoder", "import-tiger", CLITests.austin, "--database", db)
        #expect(zones.status == 1)
        #expect(zones.stderr.contains("no layer has the fields TLID, FULLNAME, LFROMHN, LTOHN, RFROMHN, RTOHN"))
        let missing = try CLITests().curbside("geocoder", "import-tiger", "/nonexistent/tl_2024_01001_addrfeat.zip", "--database", db)
        #expect(missing.status != 0 && missing.stderr.contains("no such file"))
    }
}
