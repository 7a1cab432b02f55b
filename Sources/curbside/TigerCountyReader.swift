import Foundation
import Geocoding
import Geodesy
import ZoneFormats

/// Reads one TIGER/Line Address Range-Feature file (`tl_YYYY_SSCCC_addrfeat.zip`, or its `.shp`) into edges and
/// address ranges.
struct TigerCountyReader {
    /// What one file held.
    struct County {
        var county: TigerCounty
        var edges: [StreetEdge]
        var ranges: [StreetRange]
        /// Sides with house numbers that were left out, by reason.
        var skipped: [TigerAddressFeature.Skip: Int]
        var features: Int
    }

    let path: String

    /// The file's edges (each once, however many street names it has) and ranges; `progress` is told of every
    /// thousandth feature read and of the last.
    func read(now: Date, progress: (_ done: Int, _ total: Int) -> Void) throws -> County {
        let file = LineFeatureFile(path: path)
        let total = try file.featureCount(requiredFields: TigerAddressFeature.requiredFields) ?? 0
        var edges: [StreetEdge] = []
        var seenEdges = Set<Int64>()
        var ranges: [StreetRange] = []
        var skipped: [TigerAddressFeature.Skip: Int] = [:]
        var features = 0
        _ = try file.read(requiredFields: TigerAddressFeature.requiredFields) { feature in
            features += 1
            if features % 1000 == 0 { progress(features, max(total, features)) }
            // An ADDRFEAT edge is one line; of a multi-part one, the longest part carries the range.
            let line = feature.lines.max { $0.count < $1.count } ?? []
            let record = TigerAddressFeature(
                fields: feature.fields, points: line.map { GeoPoint(latitude: $0.y, longitude: $0.x) }
            )
            let (found, skips) = record.ranges()
            for skip in skips { skipped[skip, default: 0] += 1 }
            guard !found.isEmpty, let edge = record.edge else { return }
            if seenEdges.insert(edge.id).inserted { edges.append(edge) }
            ranges.append(contentsOf: found)
        }
        progress(features, max(total, features))
        let county = TigerCounty(
            code: TigerCounty.code(fromFileName: path), source: (path as NSString).lastPathComponent,
            edges: edges.count, ranges: ranges.count, importedAt: now
        )
        return County(county: county, edges: edges, ranges: ranges, skipped: skipped, features: features)
    }
}
