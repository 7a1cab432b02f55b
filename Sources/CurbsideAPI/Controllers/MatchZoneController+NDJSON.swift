import Foundation
import Hummingbird
import ZoneIndex

extension MatchZoneController {
    /// The longest NDJSON line accepted, in bytes.
    static let maximumLineLength = 64 << 10

    /// Matches one point per request line and writes one result per line as the lines arrive, in order,
    /// holding only a few chunks of the body at a time. A bad line gets an error line and the stream goes on.
    /// Each chunk is matched on its own task while the next one is read and the previous one written. With `detail`
    /// each result carries the point's distances (`MatchResultJSON.append(id:detail:hasPoint:to:)`).
    func streamNDJSON(_ request: Request, index: ZoneIndex, detail: Bool = false) -> Response {
        let metrics = self.metrics
        let body = ResponseBody { writer in
            try await withThrowingTaskGroup(of: (Int, MatchedPiece).self) { group in
                var splitter = NDJSONLines(maximumLineLength: Self.maximumLineLength)
                let matcher = PointLineMatcher(index: index, maximumLineLength: Self.maximumLineLength, detail: detail)
                var spare = [matcher, matcher]
                var finished: [Int: MatchedPiece] = [:]
                var (submitted, written, lineCount) = (0, 0, 0)

                /// Writes finished pieces in order, waiting until at most `limit` remain in flight.
                func drain(leaving limit: Int) async throws {
                    while submitted - written > limit {
                        while finished[written] == nil {
                            guard let (sequence, piece) = try await group.next() else { return }
                            finished[sequence] = piece
                        }
                        let piece = finished.removeValue(forKey: written)!
                        spare.append(piece.matcher)
                        metrics.recordMatches(piece.counts)
                        try await writer.write(piece.output)
                        written += 1
                    }
                }

                func submit(_ piece: NDJSONLines.Piece) async throws {
                    guard !piece.lines.isEmpty else { return }
                    try await drain(leaving: 1)
                    var matcher = spare.removeLast()
                    matcher.lineNumber = lineCount
                    lineCount += piece.lines.count
                    let sequence = submitted
                    submitted += 1
                    group.addTask {
                        let (output, counts) = try piece.bytes.withUnsafeBufferPointer { try matcher.results(for: piece.lines, in: $0) }
                        return (sequence, MatchedPiece(matcher: matcher, output: output, counts: counts))
                    }
                }

                for try await chunk in request.body {
                    try await submit(splitter.append(chunk))
                }
                if let last = splitter.finish() { try await submit(last) }
                try await drain(leaving: 0)
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson"], body: body)
    }

    /// One matched piece of an NDJSON body, with the matcher that did it (and keeps its caches).
    struct MatchedPiece: Sendable {
        var matcher: PointLineMatcher
        var output: ByteBuffer
        var counts: [MatchMethod: Int]
    }

    struct LineError: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
        }

        var id: FlexibleID?
        var line: Int
        var error: Detail
    }

    static func describe(_ error: any Error) -> LineError.Detail {
        switch error {
        case let error as DecodingError:
            let apiError = DecodingFailure.apiError(error)
            return .init(code: apiError.code, message: apiError.message)
        case let error as APIError:
            return .init(code: error.code, message: error.message)
        case let error as ZoneQueryError:
            return .init(code: "validation_failed", message: error.description)
        default:
            return .init(code: "internal_error", message: "the point could not be matched")
        }
    }
}
