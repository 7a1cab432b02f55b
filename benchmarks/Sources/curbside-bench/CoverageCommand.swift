import ArgumentParser
import Foundation
import ZoneIndex

/// Times the coverage report (overlaps, gaps, slivers) on a zone file, as it is and with problems put in.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Time ZoneCoverage on a zone file, clean and distorted; print the measurements as JSON."
    )

    @Option(help: "The GeoJSON zone file.")
    var zones: String

    @Option(help: "Timed runs of each set; the median is reported.")
    var runs = 3

    @Option(help: "In the distorted set, every this-many-th zone is grown by 1 % and the one half-way to the next shrunk by 1 %.")
    var every = 10

    func run() throws {
        let file = try ZoneFile(contentsOf: URL(fileURLWithPath: zones))
        guard file.problems.isEmpty else {
            throw BenchError("\(zones): \(file.problems.count) problems, first: \(file.problems[0])")
        }
        let clean = try measure(file.zones)
        let distorted = try measure(Self.distorted(file.zones, every: max(2, every)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        print(String(decoding: try encoder.encode(["clean": clean, "distorted": distorted]), as: UTF8.self))
    }

    private func measure(_ zones: [Zone]) throws -> CoverageRun {
        let clock = ContinuousClock()
        var seconds: [Double] = []
        var report: CoverageReport?
        for _ in 0..<max(1, runs) {
            let start = clock.now
            report = try ZoneCoverage().report(for: zones)
            let elapsed = clock.now - start
            seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        }
        seconds.sort()
        return CoverageRun(
            zones: zones.count, positions: zones.reduce(0) { $0 + $1.boundary.vertexCount },
            medianSeconds: seconds[seconds.count / 2], bestSeconds: seconds[0],
            overlaps: report!.overlaps.count, gaps: report!.gaps.count, slivers: report!.slivers.count
        )
    }

    /// The zones with every `every`-th grown by 1 % about its vertex mean (overlapping its neighbours) and every
    /// `every`-th from `every / 2` shrunk by 1 % (leaving gaps).
    static func distorted(_ zones: [Zone], every: Int) -> [Zone] {
        zones.enumerated().map { i, zone in
            let scale = i % every == 0 ? 1.01 : i % every == every / 2 ? 0.99 : 1
            guard scale != 1 else { return zone }
            var zone = zone
            zone.boundary = .multiPolygon(zone.boundary.polygons.map { polygon in
                let ring = polygon.exterior.dropLast()
                let cx = ring.reduce(0) { $0 + $1.x } / Double(ring.count), cy = ring.reduce(0) { $0 + $1.y } / Double(ring.count)
                let scaled = { (c: Coordinate) in Coordinate(x: cx + (c.x - cx) * scale, y: cy + (c.y - cy) * scale) }
                return Polygon(exterior: polygon.exterior.map(scaled), holes: polygon.holes.map { $0.map(scaled) })
            })
            return zone
        }
    }
}

/// The measurements of one set's coverage runs.
struct CoverageRun: Encodable {
    var zones: Int
    var positions: Int
    var medianSeconds: Double
    var bestSeconds: Double
    var overlaps: Int
    var gaps: Int
    var slivers: Int
}
