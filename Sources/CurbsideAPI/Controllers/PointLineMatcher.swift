import Foundation
import NIOCore
import ZoneIndex

/// Matches the point lines of an NDJSON batch a chunk at a time and writes one result or error line per
/// non-blank line, numbering lines across chunks.
///
/// Lines are read by `PointJSONParser`, falling back to `JSONDecoder` for anything it does not take, and the
/// points of a chunk are matched together.
struct PointLineMatcher {
    typealias PointRequest = MatchZoneController.PointRequest
    typealias LineError = MatchZoneController.LineError

    let index: ZoneIndex
    /// The number of the last line seen (1-based).
    private(set) var lineNumber = 0
    private let decoder = JSONDecoder()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    init(index: ZoneIndex) {
        self.index = index
    }

    private enum Entry {
        case point(id: FlexibleID?, query: Int, line: Int)
        case failure(LineError)
    }

    /// The output for `lines` (ranges of `bytes`, without their newlines), and how many matches each method had.
    mutating func results(for lines: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) throws -> (ByteBuffer, [MatchMethod: Int]) {
        var entries: [Entry] = []
        entries.reserveCapacity(lines.count)
        var queries: [ZonePointQuery] = []
        queries.reserveCapacity(lines.count)
        for range in lines {
            lineNumber += 1
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
        let matches: [Result<ZoneMatch, any Error>]
        if let all = try? index.match(queries) {
            matches = all.map { .success($0) }
        } else {
            // Some point made GEOS fail: match one at a time so only that line reports it.
            matches = queries.map { query in Result { try index.match(CollectionOfOne(query))[0] } }
        }
        var output = ByteBuffer()
        output.reserveCapacity(entries.count * 96)
        var counts: [MatchMethod: Int] = [:]
        for entry in entries {
            switch entry {
            case .point(let id, let query, let line):
                switch matches[query] {
                case .success(let match):
                    counts[match.method, default: 0] += 1
                    MatchResultJSON.append(id: id, match: match, to: &output)
                case .failure(let error):
                    output.writeBytes(try encoder.encode(LineError(id: id, line: line, error: MatchZoneController.describe(error))))
                }
            case .failure(let error):
                output.writeBytes(try encoder.encode(error))
            }
            output.writeInteger(UInt8(ascii: "\n"))
        }
        return (output, counts)
    }

    /// An error line of its own, for a line that is not read (one too long), numbered as the next line.
    mutating func errorLine(code: String, message: String) throws -> ByteBuffer {
        lineNumber += 1
        var output = ByteBuffer()
        output.writeBytes(try encoder.encode(LineError(id: nil, line: lineNumber, error: .init(code: code, message: message))))
        output.writeInteger(UInt8(ascii: "\n"))
        return output
    }
}
