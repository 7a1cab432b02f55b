import ArgumentParser
import Foundation
import Geocoding

/// Writes a synthetic county (`SyntheticCounty`) as an ADDRFEAT-shaped CSV with a `.csvt` of TIGER/Line field types,
/// for `ogr2ogr` to turn into the shapefile `curbside geocoder import-tiger` reads.
struct StreetCountyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "street-county", abstract: "Writes a county-sized ADDRFEAT CSV (WKT geometry) and its .csvt."
    )

    @Option(help: "About how many edges.") var edges = 60_000
    @Option(help: "The CSV to write (the .csvt goes beside it).") var output: String

    func run() throws {
        let county = SyntheticCounty(edges: edges)
        var text = "WKT,TLID,FULLNAME,LFROMHN,LTOHN,RFROMHN,RTOHN,ZIPL,ZIPR,PARITYL,PARITYR\n"
        for record in county.records() {
            let f = record.fields
            let line = record.points.map { "\($0.longitude) \($0.latitude)" }.joined(separator: ",")
            text += "\"LINESTRING (\(line))\",\(f["TLID"]!),\(f["FULLNAME"]!),\(f["LFROMHN"]!),\(f["LTOHN"]!),"
                + "\(f["RFROMHN"]!),\(f["RTOHN"]!),\(f["ZIPL"]!),\(f["ZIPR"]!),\(f["PARITYL"]!),\(f["PARITYR"]!)\n"
        }
        try text.write(toFile: output, atomically: true, encoding: .utf8)
        let types = #""WKT","Integer64(10)","String(100)","String(12)","String(12)","String(12)","String(12)","String(5)","String(5)","String(1)","String(1)""#
        try types.write(toFile: (output as NSString).deletingPathExtension + ".csvt", atomically: true, encoding: .utf8)
        print(county.edgeCount)
    }
}

/// Times uncached street-level geocodes in process: parsing the text and locating it in the ranges of a
/// county-sized grid, with no cache in front (`OfflineGeocoder.locate` after `AddressNormalizer.parse`).
struct StreetGeocodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "street-geocode", abstract: "Times uncached street-level geocodes in process; prints one JSON row."
    )

    @Option(help: "About how many edges in the county.") var edges = 60_000
    @Option(help: "Geocodes to time.") var lookups = 500_000

    func run() throws {
        let county = SyntheticCounty(edges: edges)
        let records = county.records()
        let index = StreetRangeIndex(edges: records.compactMap(\.edge), ranges: records.flatMap { $0.ranges().ranges })
        let offline = OfflineGeocoder(streets: StreetRangeLibrary(index: index))
        let normalizer = AddressNormalizer()
        let texts = county.addresses(10_000)
        // Every address must be answered at street level, or the rate measures something else.
        for text in texts {
            guard offline.locate(try normalizer.parse(text))?.precision == .street else {
                throw ValidationError("not found at street level: \(text)")
            }
        }
        let clock = ContinuousClock()
        var latencies: [Double] = []
        latencies.reserveCapacity(lookups)
        var street = 0
        let start = clock.now
        for i in 0..<lookups {
            let t = clock.now
            if let result = offline.locate(try normalizer.parse(texts[i % texts.count])), result.precision == .street { street += 1 }
            let d = clock.now - t
            latencies.append(Double(d.components.attoseconds) * 1e-15 + Double(d.components.seconds) * 1e3)
        }
        let elapsed = clock.now - start
        latencies.sort()
        // The two halves apart: parsing alone, and locating already parsed addresses.
        let parsed = try texts.map { try normalizer.parse($0) }
        let parseStart = clock.now
        for i in 0..<lookups { _ = try normalizer.parse(texts[i % texts.count]) }
        let parseSeconds = Self.seconds(clock.now - parseStart)
        let locateStart = clock.now
        for i in 0..<lookups { _ = offline.locate(parsed[i % parsed.count]) }
        let locateSeconds = Self.seconds(clock.now - locateStart)
        let seconds = Self.seconds(elapsed)
        let row: [String: Any] = [
            "name": "uncached street-level geocode in process (parse + TIGER ranges, \(county.edgeCount) edges)",
            "value": Double(lookups) / seconds, "unit": "geocodes/s",
            "p50_ms": latencies[latencies.count / 2], "p99_ms": latencies[latencies.count * 99 / 100],
            "threads": "1", "engine": "OfflineGeocoder (in process)", "street_level": street,
            "parse_per_second": Double(lookups) / parseSeconds, "locate_per_second": Double(lookups) / locateSeconds,
        ]
        let data = try JSONSerialization.data(withJSONObject: row, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
