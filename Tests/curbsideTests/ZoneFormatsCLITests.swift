import Foundation
import Testing

/// `curbside zones validate` and `match` on zone files in the formats GDAL reads.
@Suite struct ZoneFormatsCLITests {
    /// The Austin sample as a zipped shapefile in the Texas Central state-plane CRS, written by `ogr2ogr`.
    func zippedShapefile() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let archive = directory.appendingPathComponent("austin.shp.zip").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["ogr2ogr", "-f", "ESRI Shapefile", "-t_srs", "EPSG:2277", "-mapFieldType", "StringList=String", archive, CLITests.austin]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "ogr2ogr failed")
        return archive
    }

    @Test func validateReadsAZippedShapefile() throws {
        let result = try CLITests().curbside("zones", "validate", try zippedShapefile())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("14 zones valid"))
    }

    @Test func matchReadsAZippedShapefile() throws {
        let capitol = try CLITests().curbside("match", "--zones", try zippedShapefile(), "--lat", "30.2747", "--lng", "-97.7404")
        #expect(capitol.stdout == #"{"method":"polygon","zone_id":"sz_downtown_core","zone_name":"Downtown Core"}"# + "\n")
    }

    @Test func fieldOptionsNameTheFields() throws {
        let archive = try zippedShapefile()
        let renamed = try CLITests().curbside("zones", "validate", "--id-field", "name", "--name-field", "id", archive)
        #expect(renamed.status == 0, "\(renamed.stderr)")
        let missing = try CLITests().curbside("zones", "validate", "--id-field", "ROUTE_ID", archive)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("layer austin has no field ROUTE_ID, given with --id-field (fields: id, name, zip_codes, priority, is_active)"))
        let layer = try CLITests().curbside("zones", "validate", "--layer", "north", archive)
        #expect(layer.status == 1)
        #expect(layer.stderr.contains("there is no layer north (layers: austin ("))
    }

    /// `zones export` to GeoPackage and Shapefile: each file validates, and imported into another tenant gives the
    /// zones whose GeoJSON export is byte for byte the original's.
    @Test(arguments: ["gpkg", "shp"])
    func exportedFilesReadBackAsTheSameZones(_ format: String) throws {
        let cli = CLITests()
        let db = try cli.temporaryFile("export-\(format).sqlite", "")
        try FileManager.default.removeItem(atPath: db)
        #expect(try cli.curbside("zones", "import", CLITests.austin, "--tenant", "acme", "--db", db).status == 0)
        let original = db + ".geojson", file = db + ".\(format)", again = db + ".again.geojson"
        #expect(try cli.curbside("zones", "export", "--tenant", "acme", "--db", db, "-o", original).status == 0)
        let export = try cli.curbside("zones", "export", "--tenant", "acme", "--db", db, "--format", format, "-o", file)
        #expect(export.status == 0, "\(export.stderr)")
        // Exporting over the file replaces it rather than adding a second set.
        #expect(try cli.curbside("zones", "export", "--tenant", "acme", "--db", db, "--format", format, "-o", file).status == 0)
        let validated = try cli.curbside("zones", "validate", file)
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stdout.hasPrefix("14 zones valid"))
        #expect(try cli.curbside("zones", "import", file, "--tenant", "copy", "--db", db).status == 0)
        #expect(try cli.curbside("zones", "export", "--tenant", "copy", "--db", db, "-o", again).status == 0)
        let before = try String(contentsOfFile: original, encoding: .utf8)
        let after = try String(contentsOfFile: again, encoding: .utf8)
        #expect(before == after, "the re-imported zones differ from the exported ones")
    }

    @Test func aShapefileExportNeedsAShpName() throws {
        let cli = CLITests()
        let db = try cli.temporaryFile("export-name.sqlite", "")
        try FileManager.default.removeItem(atPath: db)
        #expect(try cli.curbside("zones", "import", CLITests.austin, "--tenant", "acme", "--db", db).status == 0)
        let result = try cli.curbside("zones", "export", "--tenant", "acme", "--db", db, "--format", "shp", "-o", db + ".zip")
        #expect(result.status == 1)
        #expect(result.stderr.contains("ends in .shp"))
    }
}
