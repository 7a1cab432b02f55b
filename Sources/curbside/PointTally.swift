import Foundation
import ZoneIndex

/// Property points counted by the zone they match, for a coverage report.
struct PointTally {
    let tally: CoveragePropertyTally
    /// The active zones no point matched, in definition order.
    let zonesWithoutProperties: [String]

    /// Matches every row of the CSV at `path` against `zones`. A point file has no geocode precision, so the
    /// review reasons are `outside_zones` (no zone) and `zip_only` (found by ZIP code alone). Skipped rows are
    /// reported on standard error.
    static func count(points path: String, zones: [Zone]) throws -> PointTally {
        let index = try ZoneIndex(zones: zones, detail: .quick)
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("curbside-coverage-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var skipped = 0
        let summary = try PointFileMatcher(index: index).run(input: path, output: scratch, rejection: { rejection in
            skipped += 1
            if skipped <= 20 { Terminal.standardError("\(path): skipped \(rejection)") }
        })
        if skipped > 20 { Terminal.standardError("\(path): … and \(skipped - 20) more skipped rows") }
        let byMethod = Dictionary(uniqueKeysWithValues: CoveragePropertyTally.methods.map { method in
            (method, MatchMethod(rawValue: method).map { summary.byMethod[$0] ?? 0 } ?? 0)
        })
        let outside = byMethod["none"] ?? 0, zipOnly = byMethod["zip"] ?? 0
        return PointTally(
            tally: CoveragePropertyTally(
                total: summary.rows, byMethod: byMethod, review: outside + zipOnly,
                byReason: ["outside_zones": outside, "zip_only": zipOnly]
            ),
            zonesWithoutProperties: zones.filter { $0.isActive && summary.rowsByZone[$0.id] == nil }.map(\.id)
        )
    }
}
