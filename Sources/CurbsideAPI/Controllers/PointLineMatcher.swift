import Foundation
import NIOCore
import ZoneIndex

/// Matches the point lines of an NDJSON batch a chunk at a time and writes one result or error line per
/// non-blank line, numbering lines across chunks.
///
/// Lines are read by `PointJSONParser`, falling back to `JSONDecoder` for anything it does not take; the points
/// of a chunk are answered together by `PointBatchAnswers`.
struct PointLineMatcher: Sendable {
    typealias PointRequest = MatchZoneController.PointRequest
    typealias LineError = MatchZoneController.LineError

    let index: ZoneIndex
    /// The number of the last line seen (1-based).
    var lineNumber = 0
    private var answers: PointBatchAnswers
    private let decoder = JSONDecoder()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Lines longer than this many bytes are answered with a `line_too_long` error.
    let maximumLineLength: Int

    /// With `detail`, every result carries the point's distances.
    init(index: ZoneIndex, maximumLineLength: Int, detail: Bool = false) {
        self.index = index
        self.maximumLineLength = maximumLineLength
        self.answers = PointBatchAnswers(index: index, detail: detail)
    }

    private enum Entry {
        case point(id: FlexibleID?, query: Int, line: Int)
        case failure(LineError)
    }

    /// The output for `lines` (ranges of `bytes` without their newlines, nil for a line dropped for its length), and
    /// how many matches each method had.
    mutating func results(for lines: [Range<Int>?], in bytes: UnsafeBufferPointer<UInt8>) throws -> (ByteBuffer, [MatchMethod: Int]) {
        var entries: [Entry] = []
        entries.reserveCapacity(lines.count)
        var queries: [ZonePointQuery] = []
        queries.reserveCapacity(lines.count)
        for range in lines {
            lineNumber += 1
            guard let range, range.count <= maximumLineLength else {
                let message = "a line is longer than \(maximumLineLength) bytes"
                entries.append(.failure(LineError(id: nil, line: lineNumber, error: .init(code: "line_too_long", message: message))))
                continue
            }
            let line = UnsafeBufferPointer(rebasing: bytes[range])
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            var id: FlexibleID?
            do {
                let point = try PointJSONParser.point(line) ?? decoder.decode(PointRequest.self, from: Data(line))
                id = point.id
                guard point.lat != nil || point.lng != nil || point.zip != nil else {
                    throw APIError.validation(MatchZoneController.emptyPoint)
                }
                queries.append(try ZonePointQuery(lat: point.lat, lng: point.lng, zip: point.zip))
                entries.append(.point(id: id, query: queries.count - 1, line: lineNumber))
            } catch {
                entries.append(.failure(LineError(id: id, line: lineNumber, error: MatchZoneController.describe(error))))
            }
        }
        let outcomes = answers.outcomes(for: queries)
        var output = ByteBuffer()
        output.reserveCapacity(entries.count * 100)
        var counts: [MatchMethod: Int] = [:]
        var (polygon, zip, none) = (0, 0, 0)
        for entry in entries {
            switch entry {
            case .point(let id, let query, let line):
                switch answers.appendResult(id: id, outcome: outcomes[query], to: &output) {
                case .polygon?: polygon += 1
                case .zip?: zip += 1
                case MatchMethod.none?: none += 1
                case nil:
                    guard case .failed(let error) = outcomes[query] else { break }
                    output.writeBytes(try encoder.encode(LineError(id: id, line: line, error: MatchZoneController.describe(error))))
                }
            case .failure(let error):
                output.writeBytes(try encoder.encode(error))
            }
            output.writeInteger(UInt8(ascii: "\n"))
        }
        for (method, count) in [(MatchMethod.polygon, polygon), (.zip, zip), (.none, none)] where count > 0 {
            counts[method] = count
        }
        return (output, counts)
    }
}
