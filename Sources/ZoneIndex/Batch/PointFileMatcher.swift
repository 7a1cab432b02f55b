import Dispatch
import Foundation
import Synchronization

/// Matches a CSV of points (`id,lat,lng[,zip]`, other columns ignored) to zones and writes
/// `id,zone_id,zone_name,method` (and, with `detail`, the point's distances), one row per accepted input row in input order. Streams in constant memory
/// and spreads the matching over threads; a malformed row is reported with its line number and skipped.
public struct PointFileMatcher: Sendable {
    public struct Options: Sendable {
        /// Threads matching at once.
        public var threads: Int
        /// Rows read, matched and written per round.
        public var chunkRows: Int
        /// Whether rows also get `boundary_distance_m,nearest_zone_id,nearest_distance_m` (see `ZoneIndex.matchDetail`).
        public var detail: Bool

        public init(threads: Int = ProcessInfo.processInfo.activeProcessorCount, chunkRows: Int = 1 << 16, detail: Bool = false) {
            self.threads = max(1, threads)
            self.chunkRows = max(1, chunkRows)
            self.detail = detail
        }
    }

    /// How far a run has come.
    public struct Progress: Sendable {
        public var rows = 0
        public var rejected = 0
        public var bytesRead = 0
        /// The input's size, when it is a regular file.
        public var totalBytes: Int?
    }

    /// What a run did.
    public struct Summary: Sendable {
        /// Rows matched and written.
        public var rows = 0
        public var byMethod: [MatchMethod: Int] = [:]
        /// Rows matched to each zone, by zone id; a zone no row matched is absent.
        public var rowsByZone: [String: Int] = [:]
        public var rejected = 0
        /// Rejected rows by kind of problem.
        public var rejectionsByKind: [String: Int] = [:]
        public var elapsed: Duration = .zero
        public var pointsPerSecond: Double {
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            return seconds > 0 ? Double(rows + rejected) / seconds : 0
        }
    }

    private let index: ZoneIndex
    private let options: Options

    public init(index: ZoneIndex, options: Options = Options()) {
        self.index = index
        self.options = options
    }

    /// Reads `input` (a path, or nil or "-" for standard input) and writes `output` (likewise, standard output).
    /// A file output is written beside its final path and moved into place only when the run succeeds.
    public func run(
        input: String?,
        output: String?,
        progress: (Progress) -> Void = { _ in },
        rejection: (PointFileRejection) -> Void = { _ in }
    ) throws -> Summary {
        let start = ContinuousClock.now
        let source = try PointFileIO.openInput(input)
        defer { if source.owned { close(source.descriptor) } }
        let sink = try PointFileIO.Sink(path: output)
        var reader = CSVRecordReader(descriptor: source.descriptor)
        guard let headerChunk = try reader.nextChunk(maxRecords: 1), let header = headerChunk.records.first else {
            throw PointFileError.emptyInput
        }
        let headerFields = headerChunk.bytes.withUnsafeBufferPointer { bytes in
            var ranges: [Range<Int>] = []
            CSVFields.split(bytes, header.start..<header.end, limit: .max, into: &ranges)
            return ranges.map { CSVFields.text(bytes, $0) }
        }
        let columns = try PointFileColumns(header: headerFields)
        let batch = PointFileBatch(index: index, columns: columns, headerFieldCount: headerFields.count, detail: options.detail)
        let detailColumns = options.detail ? ",boundary_distance_m,nearest_zone_id,nearest_distance_m" : ""
        try sink.write(Array("id,zone_id,zone_name,method\(detailColumns)\n".utf8))

        // Three stages overlap: the next chunk is read and the previous one written while this one is matched.
        let stages = PointFileStages(reader: reader, sink: sink)
        var summary = Summary()
        var status = Progress(totalBytes: source.size)
        var upcoming = try stages.read(maxRecords: options.chunkRows)
        while let chunk = upcoming {
            stages.startReading(maxRecords: options.chunkRows)
            let results = batch.process(chunk, threads: options.threads)
            try stages.finishWriting()
            for result in results {
                if let failure = result.failure { throw failure }
                for method in MatchMethod.allCases {
                    summary.byMethod[method, default: 0] += result.counts[method] ?? 0
                }
                for (position, rows) in result.byZone.enumerated() where rows > 0 {
                    summary.rowsByZone[index.zones[position].id, default: 0] += rows
                }
                summary.rows += result.rows
                for rejected in result.rejections {
                    summary.rejectionsByKind[rejected.kind, default: 0] += 1
                    rejection(rejected)
                }
                summary.rejected += result.rejections.count
            }
            stages.startWriting(results.map(\.output))
            upcoming = try stages.finishReading()
            status.rows = summary.rows
            status.rejected = summary.rejected
            status.bytesRead = stages.bytesRead
            progress(status)
        }
        try stages.finishWriting()
        try sink.commit()
        summary.elapsed = ContinuousClock.now - start
        return summary
    }
}
