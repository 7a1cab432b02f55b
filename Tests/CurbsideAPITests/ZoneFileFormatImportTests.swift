import CurbsideAPI
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// `POST /api/service-zones/import` in every format the reader takes: the Austin sample converted with `ogr2ogr`
/// (Debian's gdal-bin), posted with its content type or none, gives the same zones and answers as its GeoJSON.
@Suite("Zone file import in every format")
struct ZoneFileFormatImportTests {
    /// Format name, file name, the ogr2ogr arguments after the output path, a zip of the output (its entries), the
    /// content type sent (nil: the service sniffs it).
    struct Sample: Sendable, CustomTestStringConvertible {
        var name: String
        var output: String
        var options: [String]
        var zipped: [String]?
        var contentType: String?
        var testDescription: String { name }
    }

    static let listsAsText = ["-mapFieldType", "StringList=String"]
    static let samples: [Sample] = [
        Sample(name: "GeoJSONSeq", output: "a.geojsonl", options: ["-f", "GeoJSONSeq"], contentType: "application/geo+json-seq"),
        Sample(name: "zipped Shapefile", output: "shp/a.shp", options: ["-f", "ESRI Shapefile"] + listsAsText,
               zipped: ["shp/a.shp", "shp/a.shx", "shp/a.dbf", "shp/a.prj"], contentType: "application/zip"),
        Sample(name: "zipped Shapefile in EPSG:2277, sniffed", output: "sp/a.shp", options: ["-f", "ESRI Shapefile", "-t_srs", "EPSG:2277"] + listsAsText,
               zipped: ["sp/a.shp", "sp/a.shx", "sp/a.dbf", "sp/a.prj"]),
        Sample(name: "GeoPackage", output: "a.gpkg", options: ["-f", "GPKG"], contentType: "application/geopackage+sqlite3"),
        Sample(name: "KML", output: "a.kml", options: ["-f", "KML"] + listsAsText, contentType: "application/vnd.google-earth.kml+xml"),
        Sample(name: "KMZ", output: "kmz/doc.kml", options: ["-f", "KML"] + listsAsText, zipped: ["kmz/doc.kml"],
               contentType: "application/vnd.google-earth.kmz"),
        Sample(name: "FlatGeobuf", output: "a.fgb", options: ["-f", "FlatGeobuf", "-lco", "SPATIAL_INDEX=NO"] + listsAsText,
               contentType: "application/flatgeobuf"),
        Sample(name: "zipped File Geodatabase", output: "a.gdb", options: ["-f", "OpenFileGDB", "-nlt", "MULTIPOLYGON"] + listsAsText,
               zipped: ["a.gdb"], contentType: "application/zip"),
        Sample(name: "CSV with WKT", output: "a.csv", options: ["-f", "CSV", "-lco", "GEOMETRY=AS_WKT"], contentType: "text/csv"),
    ]

    /// Deep inside zones (far from any boundary, where a reprojection's centimetres cannot matter), and outside all.
    static let deepPoints = [(30.2747, -97.7404), (30.1975, -97.6664), (30.40, -97.72), (30.30, -97.80), (45.0, -100.0)]

    static func run(_ tool: String, _ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        process.currentDirectoryURL = directory
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: ["reason": "\(tool): \(message)"]) }
    }

    /// The sample's bytes as they are posted.
    static func body(_ sample: Sample) throws -> Data {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-api-formats-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent(sample.output)
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        let source = TestService.root.appendingPathComponent("zones/austin.geojson").path
        try run("ogr2ogr", sample.options + [output.path, source], in: directory)
        guard let entries = sample.zipped else { return try Data(contentsOf: output) }
        let script = """
            import os, sys, zipfile
            with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
                for entry in sys.argv[2:]:
                    paths = [entry] if os.path.isfile(entry) else [os.path.join(entry, n) for n in sorted(os.listdir(entry))]
                    for p in paths: z.write(p, os.path.basename(p) if os.path.isfile(entry) else p)
            """
        try run("python3", ["-c", script, "out.zip"] + entries, in: directory)
        return try Data(contentsOf: directory.appendingPathComponent("out.zip"))
    }

    static func points() -> String {
        var state: UInt64 = 42
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let random = (0..<300).map { _ in (30.1 + next() * 0.4, -97.95 + next() * 0.4) }
        let all = random + deepPoints
        return #"{"points":["# + all.enumerated().map { #"{"id":\#($0.offset),"lat":\#($0.element.0),"lng":\#($0.element.1)}"# }.joined(separator: ",") + "]}"
    }

    @Test(arguments: samples)
    func eachFormatGivesTheGeoJSONZonesAndAnswers(_ sample: Sample) async throws {
        let body = try Self.body(sample)
        let service = try await TestService()
        var sent = try await service.headers(json: false)
        if let contentType = sample.contentType { sent[.contentType] = contentType }
        let headers = sent
        let json = try await service.headers()
        let points = Self.points()
        try await service.app.test(.router) { client in
            func zones() async throws -> [String] {
                try await client.execute(uri: "/api/service-zones", method: .get, headers: json) { response in
                    (response.body.json["data"] as? [[String: Any]] ?? []).map { zone in
                        ["id", "name", "zip_codes", "priority", "is_active"].map { "\(zone[$0] ?? "-")" }.joined(separator: "|")
                    }
                }
            }
            func answers() async throws -> [String] {
                try await client.execute(uri: "/match-zone/batch", method: .post, headers: json, body: points.buffer) { response in
                    (response.body.json["results"] as? [[String: Any]] ?? []).map { "\($0["zone_id"] ?? "-")" }
                }
            }
            let zonesBefore = try await zones(), answersBefore = try await answers()
            #expect(zonesBefore.count == 14)
            try await client.execute(uri: "/api/service-zones/import?mode=replace", method: .post, headers: headers, body: ByteBuffer(data: body)) { response in
                #expect(response.status == .ok, "\(sample.name): \(response.body.text)")
                #expect(response.body.json["zones"] as? Int == 14)
                #expect(response.body.json["deleted"] as? Int == 0)
            }
            #expect(try await zones() == zonesBefore, "\(sample.name)")
            let answersAfter = try await answers()
            if sample.options.contains("-t_srs") {
                // Reprojected twice by two libraries (up to a metre apart): only the points deep inside must agree.
                #expect(Array(answersAfter.suffix(Self.deepPoints.count)) == Array(answersBefore.suffix(Self.deepPoints.count)))
            } else {
                #expect(answersAfter == answersBefore, "\(sample.name)")
            }
        }
    }

    @Test func aFileNoReaderKnowsIsUnsupportedAndAMissingIdFieldNamesTheFields() async throws {
        let service = try await TestService()
        let plain = try await service.headers(json: false)
        try await service.app.test(.router) { client in
            var headers = plain
            headers[.contentType] = "application/octet-stream"
            try await client.execute(uri: "/api/service-zones/import", method: .post, headers: headers, body: "name,wkt\nx,POLYGON EMPTY".buffer) { response in
                #expect(response.status == .unprocessableContent)
                #expect(errorCode(response.body) == "unknown_zone_format")
            }
            headers[.contentType] = "image/png"
            try await client.execute(uri: "/api/service-zones/import", method: .post, headers: headers, body: "name,wkt\nx,POLYGON EMPTY".buffer) { response in
                #expect(response.status == .unsupportedMediaType)
                #expect(errorCode(response.body) == "unsupported_media_type")
            }
            headers[.contentType] = "text/csv"
            let csv = "ROUTE,WKT\nr1,\"POLYGON ((-100 45,-99 45,-99 46,-100 46,-100 45))\"\n"
            try await client.execute(uri: "/api/service-zones/import", method: .post, headers: headers, body: csv.buffer) { response in
                #expect(response.status == .unprocessableContent)
                #expect(errorCode(response.body) == "unreadable_zone_file")
                #expect(errorMessage(response.body).contains("ROUTE"), "\(response.body.text)")
            }
            try await client.execute(uri: "/api/service-zones/import?id_field=ROUTE", method: .post, headers: headers, body: csv.buffer) { response in
                #expect(response.status == .ok, "\(response.body.text)")
                #expect(response.body.json["inserted"] as? Int == 1)
            }
            try await client.execute(uri: "/api/service-zones/r1", method: .get, headers: headers) { #expect($0.status == .ok) }
            try await client.execute(uri: "/api/service-zones/import?id_field=", method: .post, headers: headers, body: csv.buffer) {
                #expect($0.status == .badRequest)
            }
            // A damaged zip is unreadable, never a crash or a 500.
            headers[.contentType] = "application/zip"
            try await client.execute(uri: "/api/service-zones/import", method: .post, headers: headers, body: ByteBuffer(bytes: [0x50, 0x4B, 0x03, 0x04, 1, 2, 3])) { response in
                #expect(response.status == .unprocessableContent, "\(response.body.text)")
                #expect(errorCode(response.body) == "unreadable_zone_file")
            }
        }
    }
}
