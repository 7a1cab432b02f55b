import Foundation
import Testing
import ZoneFormats

/// Damaged and incomplete sources are clear errors, never crashes.
@Suite struct DamagedSourceTests {
    /// Bytes that start as the format would (so the right driver gets them) and then go wrong.
    static let damaged: [(name: String, bytes: [UInt8])] = [
        ("zones.geojson", Array(#"{"type":"FeatureCollection","features":[{"type":"Feat"#.utf8)),
        ("zones.geojsonl", Array("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1\n{\"type\"\n".utf8)),
        ("zones.gpkg", Array("SQLite format 3\0".utf8) + [UInt8](repeating: 0xA5, count: 4096)),
        ("zones.kml", Array("<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark><Polygon><outer".utf8)),
        ("zones.kmz", [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0x17, count: 512)),
        ("zones.zip", [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0x17, count: 512)),
        ("zones.fgb", [0x66, 0x67, 0x62, 0x03, 0x66, 0x67, 0x62, 0x00] + [UInt8](repeating: 0xFF, count: 512)),
        ("zones.csv", Array("WKT,id\n\"POLYGON ((0 0,1 0,1 1\",a\n".utf8)),
    ]

    @Test(arguments: damaged.map(\.name))
    func aDamagedFileIsAClearError(name: String) throws {
        let bytes = try #require(Self.damaged.first { $0.name == name }).bytes
        let url = try SampleFiles.directory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        do {
            let file = try ZoneFileReader().read(contentsOf: url)
            // A reader may get as far as the features; then each broken one must be reported.
            #expect(file.zones.isEmpty, "\(name)")
            #expect(!file.problems.isEmpty, "\(name): no error and no problem")
        } catch {
            // The error says what is wrong in words, not a bare code.
            #expect(String(describing: error).count > 10, "\(name): \(error)")
        }
    }

    /// Files cut short, as an interrupted upload or copy leaves them.
    @Test(arguments: ["GeoJSONSeq", "zipped Shapefile in EPSG:2277", "GeoPackage", "KML", "KMZ", "FlatGeobuf", "zipped File Geodatabase", "CSV with WKT"])
    func aTruncatedFileIsAClearError(format: String) throws {
        let whole = try Data(contentsOf: try AustinFormats.file(format))
        for kept in [whole.count / 2, whole.count / 10] {
            let url = try SampleFiles.directory().appendingPathComponent(try AustinFormats.file(format).lastPathComponent)
            try whole.prefix(kept).write(to: url)
            do {
                // A CSV cut inside a record still reads; the cut record must then be reported.
                let file = try ZoneFileReader().read(contentsOf: url)
                #expect(!file.problems.isEmpty, "\(format) cut to \(kept) bytes read cleanly as \(file.zones.count) zones")
            } catch {
                #expect(String(describing: error).count > 10, "\(format): \(error)")
            }
        }
    }

    @Test func aFlatGeobufCutAfterItsIndexIsAClearError() throws {
        // With a spatial index GDAL reads the cut file as holding no features at all; its header says 14.
        let directory = try SampleFiles.directory()
        let indexed = try SampleFiles.converted(try copyOfAustin(in: directory), to: "indexed.fgb", "-mapFieldType", "StringList=String")
        let whole = try Data(contentsOf: indexed)
        try whole.prefix(whole.count / 10).write(to: indexed)
        #expect(throws: ZoneSourceError.unreadable(reason: "layer austin: only 0 of its 14 features could be read (a damaged or truncated file)")) {
            try ZoneFileReader().read(contentsOf: indexed)
        }
    }

    @Test func aDamagedShapefileIsAClearError() throws {
        let directory = try SampleFiles.directory()
        for sidecar in ["shp", "shx", "dbf"] {
            try Data([0x00, 0x00, 0x27, 0x0A] + [UInt8](repeating: 0x41, count: 200)).write(to: directory.appendingPathComponent("zones.\(sidecar)"))
        }
        #expect(throws: ZoneSourceError.self) { try ZoneFileReader().read(contentsOf: directory.appendingPathComponent("zones.shp")) }
    }

    @Test func aDamagedFileGeodatabaseIsAClearError() throws {
        let gdb = try SampleFiles.directory().appendingPathComponent("zones.gdb")
        try FileManager.default.createDirectory(at: gdb, withIntermediateDirectories: true)
        try Data("not a table".utf8).write(to: gdb.appendingPathComponent("a00000001.gdbtable"))
        #expect(throws: ZoneSourceError.self) { try ZoneFileReader().read(contentsOf: gdb) }
    }

    @Test func aZippedShapefileWithoutItsDBFSaysSo() throws {
        let directory = try SampleFiles.directory()
        let shapefile = try SampleFiles.converted(try copyOfAustin(in: directory), to: "austin.shp", "-mapFieldType", "StringList=String")
        let archive = directory.appendingPathComponent("no-dbf.zip")
        try ExternalTools.zip(archive, ["shp", "shx", "prj"].map { (shapefile.deletingPathExtension().appendingPathExtension($0), "austin.\($0)") })
        #expect(throws: ZoneSourceError.missingSidecars(shapefile: "austin.shp", missing: [".dbf"])) {
            try ZoneFileReader().read(contentsOf: archive)
        }
        let text = String(describing: ZoneSourceError.missingSidecars(shapefile: "austin.shp", missing: [".dbf"]))
        #expect(text.contains("austin.shp comes without .dbf"))
    }

    @Test func aShapefileWithoutItsDBFSaysSo() throws {
        let shapefile = try SampleFiles.converted(try copyOfAustin(in: try SampleFiles.directory()), to: "austin.shp", "-mapFieldType", "StringList=String")
        try FileManager.default.removeItem(at: shapefile.deletingPathExtension().appendingPathExtension("dbf"))
        #expect(throws: ZoneSourceError.missingSidecars(shapefile: "austin.shp", missing: [".dbf"])) {
            try ZoneFileReader().read(contentsOf: shapefile)
        }
    }

    @Test func aMissingFileAndAnUnknownExtensionAreErrors() throws {
        #expect(throws: ZoneSourceError.unreadable(reason: "no such file or directory")) {
            try ZoneFileReader().read(contentsOf: URL(fileURLWithPath: "/nonexistent/zones.gpkg"))
        }
        #expect(throws: ZoneSourceError.unknownFormat("extension .txt")) {
            try ZoneFileReader().read(contentsOf: URL(fileURLWithPath: "/tmp/zones.txt"))
        }
    }

    /// The Austin sample copied into `directory`, where conversions of it are written.
    private func copyOfAustin(in directory: URL) throws -> URL {
        let copy = directory.appendingPathComponent("austin.geojson")
        // zones/austin.geojson is a relative symbolic link: its bytes are copied, not the link.
        try Data(contentsOf: AustinFormats.geoJSON).write(to: copy)
        return copy
    }
}
