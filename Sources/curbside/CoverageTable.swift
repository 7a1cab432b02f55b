import Foundation
import ZoneIndex

/// A coverage report as text for the terminal: the counts, then each list with its areas.
struct CoverageTable {
    let report: CoverageReport

    var text: String {
        var lines = [
            "zones     \(report.zones) active",
            "overlaps  \(report.overlaps.count)",
            "gaps      \(report.gaps.count)",
            "slivers   \(report.slivers.count) (overlaps and gaps under 1,000 m²)",
        ]
        if let properties = report.properties {
            let methods = CoveragePropertyTally.methods.map { "\($0) \(properties.byMethod[$0] ?? 0)" }.joined(separator: ", ")
            let reasons = properties.byReason.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            lines.append("properties \(properties.total) (\(methods)); to review \(properties.review)\(reasons.isEmpty ? "" : " (\(reasons))")")
        }
        if !report.overlaps.isEmpty {
            lines += ["", "Overlaps"] + table(
                ["zones", "area", "winner", "centroid"],
                report.overlaps.map { [$0.zoneIDs.joined(separator: " × "), Self.area($0.areaSquareMetres), $0.winner, Self.position($0.centroid)] }
            )
        }
        if !report.gaps.isEmpty {
            lines += ["", "Gaps"] + table(
                ["area", "centroid"], report.gaps.map { [Self.area($0.areaSquareMetres), Self.position($0.centroid)] }
            )
        }
        if !report.slivers.isEmpty {
            lines += ["", "Slivers"] + table(
                ["kind", "zones", "area", "centroid"],
                report.slivers.map {
                    [$0.kind.rawValue, $0.zoneIDs?.joined(separator: " × ") ?? "-", Self.area($0.areaSquareMetres), Self.position($0.centroid)]
                }
            )
        }
        if let without = report.zonesWithoutProperties, !without.isEmpty {
            lines += ["", "Zones without properties (\(without.count))"] + without.map { "  \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    /// Rows under a header, each column as wide as its widest cell; numbers (areas) right-aligned.
    private func table(_ header: [String], _ rows: [[String]]) -> [String] {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let numeric = header.map { $0 == "area" }
        return all.map { row in
            var line = "  " + row.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - row[column].count)
                return numeric[column] ? padding + row[column] : row[column] + padding
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// An area in m² below 1 km², else in km².
    static func area(_ squareMetres: Double) -> String {
        squareMetres < 1e6 ? String(format: "%.1f m²", squareMetres) : String(format: "%.3f km²", squareMetres / 1e6)
    }

    static func position(_ position: CoveragePosition) -> String {
        String(format: "%.6f, %.6f", position.latitude, position.longitude)
    }
}
