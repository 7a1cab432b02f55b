import ArgumentParser
import Foundation
import ZoneIndex

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Find the service zone of one point, or of every row of a CSV file.",
        discussion: """
            One point: --lat and --lng (and/or --zip) print {"zone_id","zone_name","method"} as JSON.
            A file: --input points.csv --output out.csv. The input needs a header with at least id,lat,lng \
            (zip optional, other columns ignored); the output is id,zone_id,zone_name,method in input order. \
            --detail adds boundary_distance_m (metres to the nearest zone boundary) and, for zip and none answers, \
            nearest_zone_id and nearest_distance_m, to the JSON and to each row. \
            Use - for standard input or output. Malformed rows are reported with their line numbers and skipped.
            """
    )

    @Option(name: .customLong("zones"), parsing: .upToNextOption, help: "Zone files: \(ZoneFileOptions.formats).")
    var zonePaths: [String]

    @OptionGroup var zoneFiles: ZoneFileOptions

    @Option(parsing: .unconditional, help: "Latitude of the point (WGS84).") var lat: Double?
    @Option(parsing: .unconditional, help: "Longitude of the point (WGS84).") var lng: Double?
    @Option(help: "ZIP code, the fallback when no zone boundary holds the point.") var zip: String?

    @Option(help: "A CSV of points to match.") var input: String?
    @Option(help: "Where to write the matches (default: standard output).") var output: String?
    @Option(help: "Threads to match with (default: all cores).") var threads: Int?
    @Flag(help: "Also give the metres to the nearest zone boundary and, for zip and none answers, the nearest zone.")
    var detail = false

    func validate() throws {
        if zonePaths.isEmpty { throw ValidationError("give at least one zone file with --zones") }
        if input != nil, lat != nil || lng != nil || zip != nil {
            throw ValidationError("use either --input or --lat/--lng/--zip, not both")
        }
        if input == nil, lat == nil, lng == nil, zip == nil {
            throw ValidationError("give --lat and --lng (and/or --zip), or --input FILE")
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    /// The index's detail: quick unless the input is large enough (over about 20M rows) that matching outweighs
    /// the build.
    var indexDetail: ZoneIndex.Detail {
        guard let input, input != "-",
              let size = (try? FileManager.default.attributesOfItem(atPath: input))?[.size] as? Int
        else { return .quick }
        return size / 40 > 20_000_000 ? .full : .quick
    }

    func run() throws {
        do {
            let index = try ZoneIndex(zones: try zoneFiles.loadZones(zonePaths), detail: indexDetail)
            if let input {
                try matchFile(index: index, input: input)
            } else {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                let json = if detail {
                    try encoder.encode(MatchDetailOutput(try index.matchDetail(lat: lat, lng: lng, zip: zip), hasPoint: lat != nil))
                } else {
                    try encoder.encode(try index.match(lat: lat, lng: lng, zip: zip))
                }
                Terminal.standardOutput(String(decoding: json, as: UTF8.self))
            }
        } catch let error as CLIError {
            Terminal.standardError("error: \(error)")
            throw ExitCode(1)
        } catch let error as ZoneQueryError {
            Terminal.standardError("error: \(error)")
            throw ExitCode(1)
        } catch let error as PointFileError {
            Terminal.standardError("error: \(error)")
            throw ExitCode(1)
        } catch let error as ZoneIndexError {
            Terminal.standardError("error: \(error)")
            throw ExitCode(1)
        }
    }

    private func matchFile(index: ZoneIndex, input: String) throws {
        let options = PointFileMatcher.Options(threads: threads ?? ProcessInfo.processInfo.activeProcessorCount, detail: detail)
        let matcher = PointFileMatcher(index: index, options: options)
        let showProgress = Terminal.standardErrorIsTerminal
        var bar = ProgressBar()
        var reported = 0
        let reportLimit = 100
        let summary = try matcher.run(
            input: input,
            output: output,
            progress: { status in
                if showProgress { bar.draw(done: status.bytesRead, total: status.totalBytes, unit: "\(status.rows) rows,") }
            },
            rejection: { rejection in
                reported += 1
                if reported <= reportLimit {
                    if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                    Terminal.standardError("skipped \(rejection)")
                }
            }
        )
        if showProgress { bar.finish() }
        if reported > reportLimit { Terminal.standardError("… and \(reported - reportLimit) more skipped rows") }
        Terminal.standardError(summaryText(summary))
    }

    private func summaryText(_ summary: PointFileMatcher.Summary) -> String {
        let methods = MatchMethod.allCases.map { "\($0.rawValue) \(summary.byMethod[$0] ?? 0)" }.joined(separator: ", ")
        var text = "matched \(summary.rows) rows (\(methods))"
        if summary.rejected > 0 {
            let kinds = summary.rejectionsByKind.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }
            text += "; skipped \(summary.rejected) (\(kinds.joined(separator: ", ")))"
        }
        text += String(format: "; %.3f s, %.0f points/s", Double(summary.elapsed.components.seconds) + Double(summary.elapsed.components.attoseconds) * 1e-18, summary.pointsPerSecond)
        return text
    }
}
