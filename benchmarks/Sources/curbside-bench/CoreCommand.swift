import ArgumentParser
import Foundation
import ZoneIndex

/// Times the zone index in process: build, bulk matching on one thread and on all cores, and single-point
/// latency; writes each point's zone position for comparison with the peers.
struct CoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "core",
        abstract: "Time ZoneIndex on a zone file and a binary point file; print the measurements as JSON."
    )

    @Option(help: "The GeoJSON zone file.")
    var zones: String

    @Option(help: "The binary point file (float64 lng, lat pairs).")
    var points: String

    @Option(help: "Where to write each point's zone position (int32, -1 for none).")
    var answers: String

    @Option(help: "How many single-point match(lat:lng:) calls to time.")
    var latencySample = 100_000

    @Flag(inversion: .prefixedNo, help: "Whether to time matchDetail (boundary and nearest-zone distances) on one thread.")
    var detail = true

    @Option(help: "Threads for the all-cores run (default: active processors).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    func run() throws {
        let clock = ContinuousClock()
        var report = CoreReport(threadsAll: threads)

        var start = clock.now
        let file = try ZoneFile(contentsOf: URL(fileURLWithPath: zones))
        guard file.problems.isEmpty else {
            throw BenchError("\(zones): \(file.problems.count) problems, first: \(file.problems[0])")
        }
        report.loadSeconds = seconds(clock.now - start)
        report.zones = file.zones.count
        let input = try PointFiles.readBinary(points)
        report.points = input.count

        report.rssBeforeBuildBytes = Memory.currentRSS()
        report.peakResetWorked = Memory.resetPeak()
        start = clock.now
        let index = try ZoneIndex(zones: file.zones)
        report.buildSeconds = seconds(clock.now - start)
        report.peakRSSAfterBuildBytes = Memory.peakRSS()

        // The first query sets up the calling thread's workspace, which the index may defer until then.
        if let first = input.first {
            start = clock.now
            _ = try index.match(lat: first.y, lng: first.x)
            report.firstQuerySeconds = seconds(clock.now - start)
        }
        // Warm up every thread's workspace and lazily built state on a prefix, outside the timings.
        let warm = Array(input.prefix(max(min(input.count, 200_000), min(input.count, 8_192 * threads))))
        start = clock.now
        _ = try index.coveringZonePositions(warm, threads: threads)
        report.warmupSeconds = seconds(clock.now - start)
        report.warmupPoints = warm.count

        start = clock.now
        let single = try index.coveringZonePositions(input, threads: 1)
        report.singleThreadSeconds = seconds(clock.now - start)

        start = clock.now
        let all = try index.coveringZonePositions(input, threads: threads)
        report.allCoresSeconds = seconds(clock.now - start)
        report.threadsDisagreements = zip(single, all).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
        report.matched = single.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) }

        try measureLatency(index: index, input: input, bulk: single, report: &report)
        if detail { try measureDetail(index: index, input: input, bulk: single, report: &report) }
        report.peakRSSBytes = Memory.peakRSS()
        try PointFiles.writeAnswers(single, to: answers)

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
    }

    /// Times `match(lat:lng:)` one call at a time over an evenly spaced sample and checks it agrees with `bulk`.
    private func measureLatency(index: ZoneIndex, input: [Coordinate], bulk: [Int32], report: inout CoreReport) throws {
        let sample = min(latencySample, input.count)
        guard sample > 0 else { return }
        let stride = max(1, input.count / sample)
        let idToPosition = Dictionary(uniqueKeysWithValues: index.zones.enumerated().map { ($1.id, Int32($0)) })
        let clock = ContinuousClock()
        var nanos: [Int64] = []
        nanos.reserveCapacity(sample)
        var disagreements = 0
        for k in 0..<sample {
            let i = k * stride
            let p = input[i]
            let start = clock.now
            let match = try index.match(lat: p.y, lng: p.x)
            let elapsed = clock.now - start
            nanos.append(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
            let position = match.zone.flatMap { idToPosition[$0.id] } ?? -1
            if position != bulk[i] { disagreements += 1 }
        }
        nanos.sort()
        func percentile(_ q: Double) -> Double {
            Double(nanos[min(nanos.count - 1, Int(q * Double(nanos.count)))]) / 1e6
        }
        report.latencySample = sample
        report.latencyP50Ms = percentile(0.50)
        report.latencyP99Ms = percentile(0.99)
        report.latencyMeanMs = Double(nanos.reduce(0, +)) / Double(nanos.count) / 1e6
        report.latencyDisagreements = disagreements
    }

    /// Times `matchDetails` on one thread over every point, after one call that builds its edge grid, and checks
    /// its matches agree with `bulk`.
    private func measureDetail(index: ZoneIndex, input: [Coordinate], bulk: [Int32], report: inout CoreReport) throws {
        let clock = ContinuousClock()
        let queries = try input.map { try ZonePointQuery(lat: $0.y, lng: $0.x) }
        var start = clock.now
        if let first = input.first { _ = try index.matchDetail(lat: first.y, lng: first.x) }
        report.detailFirstQuerySeconds = seconds(clock.now - start)
        start = clock.now
        let details = try index.matchDetails(queries, threads: 1)
        report.detailSingleThreadSeconds = seconds(clock.now - start)
        report.detailPoints = details.count
        let idToPosition = Dictionary(uniqueKeysWithValues: index.zones.enumerated().map { ($1.id, Int32($0)) })
        report.detailDisagreements = zip(details, bulk).reduce(0) { count, pair in
            count + ((pair.0.match.zone.flatMap { idToPosition[$0.id] } ?? -1) == pair.1 ? 0 : 1)
        }
        let distances = details.compactMap(\.boundaryDistance).sorted()
        report.detailBoundaryDistanceP50M = distances.isEmpty ? nil : distances[distances.count / 2]
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}

/// The measurements of one core run, printed as JSON.
struct CoreReport: Encodable {
    var threadsAll: Int
    var zones = 0
    var points = 0
    var matched = 0
    var loadSeconds = 0.0
    var buildSeconds = 0.0
    var firstQuerySeconds = 0.0
    var warmupSeconds = 0.0
    var warmupPoints = 0
    var singleThreadSeconds = 0.0
    var allCoresSeconds = 0.0
    var threadsDisagreements = 0
    var latencySample = 0
    var latencyP50Ms = 0.0
    var latencyP99Ms = 0.0
    var latencyMeanMs = 0.0
    var latencyDisagreements = 0
    var detailFirstQuerySeconds: Double?
    var detailSingleThreadSeconds: Double?
    var detailPoints: Int?
    var detailDisagreements: Int?
    var detailBoundaryDistanceP50M: Double?
    var rssBeforeBuildBytes: Int?
    var peakResetWorked = false
    var peakRSSAfterBuildBytes: Int?
    var peakRSSBytes: Int?
}
